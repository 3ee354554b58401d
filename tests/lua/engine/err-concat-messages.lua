-- concatenation error messages name the offending operand
local t, n, b = {}, nil, true
print(pcall(function() return "a" .. t end))
print(pcall(function() return t .. "a" end))
print(pcall(function() return "a" .. n end))
print(pcall(function() return n .. "a" end))
print(pcall(function() return 1 .. b end))
print(pcall(function() return "a" .. "b" .. t.x end))
print(pcall(function() return t.x .. "a" .. "b" end))
print(pcall(function() return "a" .. t.x .. "b" end))
print(pcall(function() return {} .. {} end))
print(pcall(function() local x, y = 1, {} return x .. y end))
print(pcall(function() return glob .. "a" end))
