-- variable kinds in messages: local, upvalue, global, field, method, constant
local z = nil
local n = 5
local s = "str"
print(pcall(function() return z.x end))
print(pcall(function() return z + 1 end))
print(pcall(function() return n.x end))
print(pcall(function() return s + 1 end))
print(pcall(function() return n() end))
print(pcall(function() return n .. {} end))
print(pcall(function() return #n end))
print(pcall(function() return z < 1 end))
print(pcall(function() local a = {} a.b.c = 1 end))
print(pcall(function() return ("x").y.z end))
print(pcall(function() return (1).x end))
print(pcall(function() return (true).x end))
