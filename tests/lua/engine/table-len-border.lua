-- # on sequences
local t = {}
print(#t)
for i = 1, 10 do t[i] = i end
print(#t)
t[11] = nil
print(#t)
t[10] = nil
print(#t)
for i = 9, 1, -1 do t[i] = nil end
print(#t)
t = {1, 2, 3, nil}
print(#t)
t = {n = 1}
print(#t)
t = {}
t[1] = 1
t[2] = 2
t[3] = 3
print(#t)
t[#t + 1] = 4
t[#t + 1] = 5
print(#t, t[5])
t[#t] = nil
print(#t)
local s = {}
for i = 1, 100 do s[i] = true end
for i = 100, 51, -1 do s[i] = nil end
print(#s)
local q = {}
for i = 1, 1000 do q[#q + 1] = i end
print(#q, q[#q])
while #q > 0 do q[#q] = nil end
print(#q)
print(#{1, 2, 3}, #{"a"}, #{n = 3}, #{[1] = 1, [2] = 2})
