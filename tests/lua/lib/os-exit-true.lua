-- os.exit(true) is a successful exit; to-be-closed variables stay open (no
-- `close` argument).
local t <close> = setmetatable({}, {__close = function() print("closed") end})
print("start")
io.write("partial")
os.exit(true)
