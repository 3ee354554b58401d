-- # is a border even when elements were inserted into the hash part
local t = {}
t[3] = 3
t[2] = 2
t[1] = 1
print(#t)
t[4] = 4
print(#t)
local u = {}
for i = 10, 1, -1 do u[i] = i end
print(#u)
local v = {n = 1, m = 2}
v[1] = "a"
v[2] = "b"
print(#v)
local w = {}
w[1] = 1
w[2] = nil
w[2] = 2
w[3] = 3
print(#w)
local seq = {}
for i = 1, 64 do seq[i] = i end
for i = 1, 64 do seq[i] = nil end
print(#seq, next(seq))
