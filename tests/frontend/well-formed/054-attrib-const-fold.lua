local a <const> = 10
local b <const> = a * 2 + 1
local c <const> = b // 3
local d <const> = -a
local e <const> = 2 ^ 10
print(a, b, c, d, e)
