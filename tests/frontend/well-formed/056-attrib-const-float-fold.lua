local a <const> = 1.5
local b <const> = a * 2
local c <const> = 3 / 2
local d <const> = 7 // 2.0
local e <const> = -7 % 3.0
local f <const> = 0.0
print(a, b, c, d, e, f)
