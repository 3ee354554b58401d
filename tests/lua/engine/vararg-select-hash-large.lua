-- select with large counts and negative indices
local t = {}
for i = 1, 1000 do t[i] = i end
print(select('#', table.unpack(t)))
print(select(-1, table.unpack(t)))
print(select(999, table.unpack(t)))
print(select(-1000, table.unpack(t)) == 1)
print(pcall(select, -1001, table.unpack(t)))
print(select(1001, table.unpack(t)))
