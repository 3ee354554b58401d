-- table.unpack with explicit ranges including holes and negatives
local t = {1, nil, 3, nil, 5}
print(table.unpack(t, 1, 5))
print(select('#', table.unpack(t, 1, 5)))
print(table.unpack(t, -2, 2))
print(table.unpack({}, 1, 3))
print(table.unpack({n = 3, "a"}, 1, 3))
local b = {}
for i = 1, 500 do b[i] = i end
print(select('#', table.unpack(b)), (select(500, table.unpack(b))))
print(table.unpack({1, 2, 3}, math.maxinteger, math.maxinteger))
print(table.unpack({1, 2, 3}, math.mininteger, math.mininteger))
print(select('#', table.unpack({}, math.maxinteger - 1, math.maxinteger)))
