-- float modulo follows the sign of the divisor, with fmod precision
print(5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2)
print(1e308 % 3, -1e308 % 3, 7 % 0.5, 7.25 % 0.5)
print(0.1 % 0.01 < 0.01, 3 % math.huge, -3 % math.huge, 3 % -math.huge, -3 % -math.huge)
print(math.huge % 1 ~= math.huge % 1, -math.huge % 1 ~= -math.huge % 1)
print(2^53 % 2, (2^53 + 2) % 3, 1e15 % 7)
print(-0.0 % 1, 0.0 % -1, -1 % 1.0, 1 % -1.0)
print(5 // 0.3, 5 % 0.3 < 0.3, -5 // 0.3)
local a, b = 10.5, 3
print(a - (a // b) * b == a % b)
local c, d = -10.5, 3
print(c - (c // d) * d == c % d, c % d)
