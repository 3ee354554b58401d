-- nested fields and chained indexing
local t = {a = {b = {c = {d = "deep"}}}}
print(t.a.b.c.d, t["a"]["b"].c["d"])
t.a.b.c.e = 5
print(t.a.b.c.e)
local path = {"a", "b", "c", "d"}
local cur = t
for _, k in ipairs(path) do cur = cur[k] end
print(cur)
print(pcall(function() return t.a.x.y end))
print(pcall(function() return t.a.b.c.d.e.f end))
print(pcall(function() t.q.r = 1 end))
print(pcall(function() local u = t.a u.z.w = 1 end))
local m = {{1, 2}, {3, 4}}
print(m[1][2], m[2][1], #m, #m[2])
m[3] = {}
m[3][1] = m[1][1] + m[2][2]
print(m[3][1])
