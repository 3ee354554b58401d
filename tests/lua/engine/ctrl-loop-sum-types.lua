-- loops mixing integer and float accumulation
local s = 0
for i = 1, 100 do s = s + i end
print(s, math.type(s))
local f = 0
for i = 1, 100 do f = f + i / 2 end
print(f, math.type(f))
local p = 1
for i = 1, 62 do p = p * 2 end
print(p, p * 2, p * 4)
local q = 1.0
for i = 1, 64 do q = q * 2 end
print(q)
local h = 0
for i = 1, 10 do h = h + 0.1 end
print(h, h == 1.0, h < 1.0)
