-- strings have a metatable whose __index is the string table
print(("x"):rep(3), ("ab"):rep(2, "-"), ("a"):rep(0), ("a"):rep(-1))
local s = "hi"
print(s:rep(2), #s:rep(5), s.rep(s, 3))
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
print(pcall(function() return ("x"):nosuch() end))
print(pcall(function() local n = 5 return n:rep(2) end))
print(("x").len == nil, ("%d"):format(7), ("%s-%s"):format("a", 1))
print(#("abc"):rep(1000, ","))
local str = "x"
print(str.nosuch, ("y").rep == string.rep)
print(pcall(function() str.field = 1 end))
