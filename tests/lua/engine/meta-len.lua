-- __len
local t = setmetatable({1, 2, 3}, {__len = function(self) return 42 end})
print(#t, rawlen(t))
local s = setmetatable({}, {__len = function() return "not a number" end})
print(#s)
local m = setmetatable({}, {__len = function(a, b) return select('#', a, b), rawequal(a, b) end})
print(#m)
local f = setmetatable({}, {__len = function() return 1.5 end})
print(#f, #f + 1)
print(pcall(function() return #setmetatable({}, {__len = function() error("len failed") end}) end))
print(pcall(function() local v = setmetatable({}, {__len = 5}) return #v end))
-- __len is not used for strings
local smt = getmetatable("")
smt.__len = function() return 0 end
print(#"abc")
smt.__len = nil
