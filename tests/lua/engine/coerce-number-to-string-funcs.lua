-- numbers are accepted where strings are expected
print(string.rep(1, 3), string.rep(1.5, 2), ("x"):rep("3"))
print(table.concat({1, 2.5, -0.0, 2^63}, ";"))
print(#tostring(12), string.format("%s", 1.0), string.format("%d", "10"))
print(pcall(string.format, "%d", "10.5"))
print(pcall(string.rep, "x", "a"))
local n = 42
print(pcall(function() local n = 42 return n:rep(2) end))
print(select('#', string.rep("ab", 2.0)), string.rep("ab", 2.0))
