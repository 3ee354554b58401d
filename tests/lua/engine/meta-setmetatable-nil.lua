-- removing a metatable
local t = setmetatable({}, {__index = function() return "meta" end, __len = function() return 10 end})
print(t.x, #t)
setmetatable(t, nil)
print(t.x, #t, getmetatable(t))
-- removing a protected metatable fails
local p = setmetatable({}, {__metatable = "no"})
print(pcall(setmetatable, p, nil))
-- getmetatable returns the __metatable field even if it is false
local q = setmetatable({}, {__metatable = false})
print(getmetatable(q))
