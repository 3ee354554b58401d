-- multiple assignment evaluates all expressions before assigning
local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local x, y = 1
print(x, y)
local p, q = 1, 2, 3
print(p, q)
local function f() return 10, 20, 30 end
local m, n, o, r = f()
print(m, n, o, r)
m, n, o, r = 0, f()
print(m, n, o, r)
m, n, o, r = f(), 0
print(m, n, o, r)
m, n = (f())
print(m, n)
local s = {}
s.x, s.y, s.z = f()
print(s.x, s.y, s.z)
local u = {}
local j = 1
u[j], j = "first", 2
print(u[1], u[2], j)
