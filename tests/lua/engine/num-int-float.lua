-- integer and float subtypes
print(1 == 1.0, math.type(1), math.type(1.0), math.type("1"), math.type(nil))
print(tostring(1), tostring(1.0), tostring(-0.0), tostring(0.0))
print(3 / 1, 4 / 2, math.type(4 / 2), 2^2, math.type(2^2))
print(7 // 2, 7.0 // 2, 7 // 2.0, -7 // 2, -7 // 2.0)
print(7 % 3, 7.0 % 3, -7 % 3, 7 % -3, -7 % -3)
print(1 + 1, 1 + 1.0, 1.0 + 1.0, 2 * 3, 2 * 3.0, 10 - 2.5)
print(math.type(1 + 1.0), math.type(1 // 1), math.type(1.0 // 1))
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2^63))
print(math.tointeger(-0.0), math.tointeger(2^53), math.tointeger(-2^63))
print(0x10, 0xff, 0XA, 0x7fffffff, 1e2, math.type(1e2))
print(-0.0 == 0.0, 0.0 == 0, -0 == 0, 1/(-0.0) < 0, 1/0.0 > 0)
print(3 | 0, math.type(3.0 | 0), 2^31 | 0, 2^62 | 0)
print(1e308 * 10 == math.huge, -1e308 * 10 == -math.huge)
local t = {}
for _, v in ipairs({0, 1, -1, 1.5, -1.5, 2^53, 1e100, math.maxinteger, math.mininteger}) do
  t[#t + 1] = math.type(v) .. ":" .. tostring(v)
end
print(table.concat(t, " "))
