-- large steps and counts computed without overflow
local M, m = math.maxinteger, math.mininteger
local n = 0
for i = 0, M, M do n = n + 1 end
print(n)
n = 0
for i = m, M, M do n = n + 1 end
print(n)
n = 0
for i = M, m, m do n = n + 1 end
print(n)
n = 0
for i = -1, m, m do n = n + 1 end
print(n)
n = 0
for i = 1, 10, M do n = n + 1 end
print(n)
n = 0
for i = 10, 1, m do n = n + 1 end
print(n)
for i = m, m + 2 do n = n + 1 end
print(n)
local vals = {}
for i = M - 5, M, 2 do vals[#vals + 1] = i end
print(table.concat(vals, " "))
vals = {}
for i = m + 5, m, -2 do vals[#vals + 1] = i end
print(table.concat(vals, " "))
