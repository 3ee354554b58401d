-- integer loops near the limits never overflow or wrap
local M, m = math.maxinteger, math.mininteger
local out = {}
for i = M - 2, M do out[#out + 1] = i end
print(#out, out[1], out[3])
out = {}
for i = m + 2, m, -1 do out[#out + 1] = i end
print(#out, out[1], out[3])
out = {}
for i = M - 10, M, 7 do out[#out + 1] = i end
print(#out, table.concat(out, " "))
out = {}
for i = m, m + 10, 7 do out[#out + 1] = i end
print(#out, table.concat(out, " "))
out = {}
for i = 1, M, M // 2 do out[#out + 1] = i end
print(#out, table.concat(out, " "))
out = {}
for i = m, M, M do out[#out + 1] = i end
print(#out, table.concat(out, " "))
out = {}
for i = M, m, m do out[#out + 1] = i end
print(#out, table.concat(out, " "))
out = {}
for i = 0, M, 2^62 | 0 do out[#out + 1] = i end
print(#out, table.concat(out, " "))
-- float limit beyond the integer range is clipped
local n = 0
for i = M - 1, 1e100 do n = n + 1 end
print(n)
n = 0
for i = m + 1, -1e100, -1 do n = n + 1 end
print(n)
n = 0
for i = 1, -1e100 do n = n + 1 end
print(n)
n = 0
for i = 0, 2.5 do n = n + 1 end
print(n)
n = 0
for i = 0, -2.5, -1 do n = n + 1 end
print(n)
n = 0
for i = M, M + 1.0 do n = n + 1 end
print(n)
for i = 3, 2.999 do print("never") end
for i = -3, -2.999, -1 do print("never either") end
