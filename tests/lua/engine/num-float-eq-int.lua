-- equality between integers and floats is exact
print(1 == 1.0, -1 == -1.0, 0 == -0.0, 2^53 == (1 << 53), 2^53 == (1 << 53) + 1)
print(math.maxinteger == 2^63, math.maxinteger == 2^63 - 1, math.mininteger == -2^63)
print(1 == 1.0000000000000002, 3 == 3.0000000000000004, 0.1 + 0.2 == 0.3)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 == 9007199254740994.0)
print(1e15 == 1000000000000000, 1e16 == 10000000000000000, 1e19 == 10000000000000000000)
local t = {}
t[3] = "int"
print(t[3.0], t[3.0000000000000004], rawequal(3, 3.0), rawequal(3, "3"))
print(0.5 ~= 1, 1 ~= 1.0, math.huge ~= math.maxinteger)
