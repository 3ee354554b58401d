-- bitwise error messages
local t, s, f = {}, "abc", 1.5
print(pcall(function() return t & 1 end))
print(pcall(function() return 1 | t end))
print(pcall(function() return s ~ 1 end))
print(pcall(function() return f << 1 end))
print(pcall(function() return 1 >> f end))
print(pcall(function() return ~t end))
print(pcall(function() return ~f end))
print(pcall(function() return nil & 1 end))
print(pcall(function() return t.x | 1 end))
print(pcall(function() return 2^64 & 1 end))
print(pcall(function() return "1.5" | 1 end))
print(pcall(function() return "8" | 1 end))
