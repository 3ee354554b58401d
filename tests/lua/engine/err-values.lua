-- error values of any type pass through pcall unchanged
local ok, e = pcall(error, {code = 7})
print(ok, type(e), e.code)
print(pcall(error, nil))
print(pcall(error))
print(pcall(error, 42))
print(pcall(error, 42, 1))
print(pcall(error, 4.5))
print(pcall(error, true))
print(pcall(error, false))
local fn = function() end
local ok2, e2 = pcall(error, fn)
print(ok2, e2 == fn)
-- numbers are not given a position
print(pcall(function() error(12) end))
-- strings get one, unless level 0
print(pcall(function() error("s") end))
print(pcall(function() error("s", 0) end))
-- the error object's __tostring is not used by pcall
local obj = setmetatable({}, {__tostring = function() return "custom" end})
local ok3, e3 = pcall(error, obj)
print(ok3, e3 == obj, tostring(e3))
