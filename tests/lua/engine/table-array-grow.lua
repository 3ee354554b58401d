-- growing and shrinking arrays
local t = {}
for i = 1, 10000 do t[i] = i end
print(#t, t[1], t[10000])
local sum = 0
for i = 1, #t do sum = sum + t[i] end
print(sum)
for i = #t, 5001, -1 do t[i] = nil end
print(#t)
for i = 1, 5000 do t[i] = nil end
print(#t, next(t))
local s = {}
for i = 1, 100 do table.insert(s, 1, i) end
print(#s, s[1], s[100])
local r = {}
for i = 1, 10 do r[#r + 1] = i * i end
print(table.concat(r, ","))
