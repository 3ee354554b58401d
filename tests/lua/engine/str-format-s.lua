-- %s converts any value with tostring semantics
print(string.format("%s %s %s %s", 1, 1.5, -0.0, 2^63))
print(string.format("%s|%s|%s", nil, true, false))
print(string.format("%s", setmetatable({}, {__tostring = function() return "TS" end})))
print(string.format("[%s]", ""), string.format("%s%s", "a", "b"), string.format("%%s"))
print(pcall(string.format, "%s"))
print(string.format("%s", "with\0zero") == "with\0zero")
print(#string.format("%s", string.rep("x", 1000)))
