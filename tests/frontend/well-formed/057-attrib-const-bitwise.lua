local a <const> = 0xff
local b <const> = a & 0x0f | 0x100 ~ 1
local c <const> = 1 << 62
local d <const> = 1 << 64
local e <const> = -1 >> 1
local f <const> = ~0
local g <const> = 2.0 << 1
print(a, b, c, d, e, f, g)
