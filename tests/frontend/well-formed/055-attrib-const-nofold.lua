local a <const> = 1 // 0
local b <const> = 1 % 0
local c <const> = 1.5 | 1
local d <const> = -0.0
local e <const> = 0.0 / 0.0
local f <const> = "a" .. "b"
local g <const> = 1 < 2
print(a, b, c, d, e, f, g)
