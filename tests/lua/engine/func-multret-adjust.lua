-- adjustment of multiple results
local function f() return 1, 2, 3 end
local function none() end
print(f())
print(f(), f())
print((f()))
print(f(), "x")
print("x", f())
print(none())
print(none(), "x")
print("x", none())
print(#{f(), f()}, #{f(), (f())})
local a, b, c, d = f()
print(a, b, c, d)
a, b, c, d = f(), 10
print(a, b, c, d)
a, b = none()
print(a, b)
local function ret() return f() end
print(ret())
local function retp() return (f()) end
print(retp())
local function ret2() return f(), f() end
print(ret2())
local function retmix() return 0, f() end
print(retmix())
print(select('#', none()), select('#', (none())))
local t = {}
t.x, t.y = f()
print(t.x, t.y)
print(math.type((f())), string.rep(f()))
