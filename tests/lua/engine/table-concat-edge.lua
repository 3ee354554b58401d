-- table.concat ranges and separators
local t = {"a", "b", "c", "d"}
print(table.concat(t), table.concat(t, "-"), table.concat(t, "-", 2), table.concat(t, "-", 2, 3))
print(table.concat(t, "", 4, 4), "[" .. table.concat(t, "", 5) .. "]", "[" .. table.concat(t, ",", 3, 2) .. "]")
print(table.concat({1, 2, 3}, 0), table.concat({1.5, 2}, ", "))
print(pcall(table.concat, t, ",", 1, 5))
print(pcall(table.concat, t, ",", 0, 2))
print(table.concat({}, "x", 1, 0))
local big = {}
for i = 1, 1000 do big[i] = i % 10 end
print(#table.concat(big), #table.concat(big, ", "))
local mt = setmetatable({}, {__index = function(_, i) return "i" .. i end})
print(table.concat(mt, ",", 1, 3))
