-- arithmetic near the integer limits: integer ops wrap, float ops don't
local M, m = math.maxinteger, math.mininteger
print(M + 1, M + 1.0, M * 2, M * 2.0)
print(m - 1, m - 1.0, m * -1, m * -1.0)
print(M // 1, M // 1.0, M % 2, M % 2.0)
print(m // 1, m // -1, m // -1.0, m / -1)
print(-m, -(m + 0.0), m + m, M - m, m - M)
print(M + M == -2, M * M == 1, m * m == 0, m * M == m)
print(M + 1 < M, M + 1.0 > M, m - 1 > m)
print(M // -1 == -M, -M - 1 == m)
print((M >> 1) + 1 << 1 == m)
local sum = 0
for i = 1, 10 do sum = sum + M end
print(sum, sum == M - 9)
