-- unary minus on integers, floats and zero
print(-0, -0.0, -(-0.0), 0 * -1, 0.0 * -1, -0 == 0, math.type(-0))
print(-math.maxinteger, -math.mininteger, - -math.mininteger)
print(-(1), -(1.5), -(-2^63), -(2^63))
local x = 5
print(-x, - -x, -(-x), -x ^ 2, (-x) ^ 2)
local z = 0.0
print(-z, 1 / -z, z * -1 == 0, 1 / (z * -1))
print(-"3", -"3.0", -"-0", -"0x10")
print(math.type(-"3"), math.type(-"3.0"))
