-- __tostring and __name
local P = setmetatable({}, {__tostring = function(self) return "P-object" end})
print(P, tostring(P), string.format("%s", P))
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, bad))
print(pcall(print, bad))
local bad2 = setmetatable({}, {__tostring = function() return nil end})
print(pcall(tostring, bad2))
local err = setmetatable({}, {__tostring = function() error("boom") end})
print(pcall(tostring, err))
local named = setmetatable({}, {__name = "MyType"})
local s = tostring(named)
print(s >= "MyType: " and s < "MyType:!", #s > 10)
-- __name shows up in error messages
print(pcall(function() return named + 1 end))
print(pcall(function() return named < named end))
print(pcall(function() return #named .. named end))
print(pcall(function() return named() end))
print(pcall(function() return named.x.y end))
print(pcall(setmetatable, named))
-- __name must be a string to be used
local notstring = setmetatable({}, {__name = 42})
print(pcall(function() return notstring + 1 end))
-- concat does not use __tostring
print(pcall(function() return "x" .. P end))
-- __tostring returning a number-like string
local num = setmetatable({}, {__tostring = function() return "12" end})
print(tostring(num), tostring(num) + 1)
