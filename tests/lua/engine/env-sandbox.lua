-- running loaded code in a sandbox environment
local sandbox = {print = print, tostring = tostring, pcall = pcall, error = error}
local code = [[
counter = (counter or 0) + 1
local ok, e = pcall(function() return os.time() end)
print("in sandbox", counter, ok, e)
return counter
]]
local f = load(code, "=sandbox", "t", sandbox)
print(f(), f(), sandbox.counter, counter)
-- a sandbox that inherits from the globals through __index
local inherit = setmetatable({}, {__index = _ENV})
local g = load("newvar = type(print); return newvar", "=inherit", "t", inherit)
print(g(), rawget(inherit, "newvar"), newvar)
-- a read-only environment
local ro = setmetatable({}, {__index = _ENV, __newindex = function(_, k) error("cannot set global " .. k, 2) end})
local h = load("x = 1", "=ro", "t", ro)
print(pcall(h))
