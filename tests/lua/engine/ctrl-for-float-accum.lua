-- float loops accumulate rounding errors exactly as IEEE doubles do
local n, last = 0, nil
for x = 1, 2, 0.1 do n = n + 1 last = x end
print(n, last, last == 2, last < 2)
n = 0
for x = 0, 0.3, 0.1 do n = n + 1 last = x end
print(n, last)
local vals = {}
for x = 0.5, 0, -0.1 do vals[#vals + 1] = tostring(x) end
print(table.concat(vals, " "))
