local a <const> = 0x7fffffffffffffff + 1
local b <const> = -(-0x7fffffffffffffff - 1)
local c <const> = math.maxinteger
local d <const> = (-0x7fffffffffffffff - 1) // -1
print(a, b, c, d)
