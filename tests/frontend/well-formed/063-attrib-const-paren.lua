local a <const> = (1)
local b <const> = ((a + 1))
local c <const> = -(-a)
print(a, b, c)
