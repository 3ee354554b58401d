-- table constructors
local function f() return 1, 2, 3 end
local function none() end
local t = {10, 20, 30; 40, x = 1, ["y"] = 2, [3 + 2] = 50,}
print(#t, t[1], t[4], t[5], t.x, t.y)
t = {f()}
print(#t, t[1], t[2], t[3])
t = {f(), f()}
print(#t, t[1], t[2], t[3], t[4])
t = {(f())}
print(#t, t[1], t[2])
t = {f(), nil}
print(#t, t[1], t[2])
t = {none()}
print(#t, next(t))
t = {none(), none()}
print(#t, t[1], t[2])
t = {f(), 10}
print(#t, t[1], t[2], t[3])
t = {[1] = "a", [2] = "b", "c"}
print(#t, t[1], t[2])
t = {"a", "b", [1] = "c"}
print(t[1], t[2])
t = {x = 1, x = 2}
print(t.x)
t = {1, 2, 3, n = 3, [1.0] = "one?"}
print(t[1], t.n)
t = {{}, {{}}, {1, {2, {3}}}}
print(#t, #t[2], t[3][2][2][1])
t = {[true] = "t", [false] = "f", [1.5] = "f15", ["1"] = "s1", [1] = "i1"}
print(t[true], t[false], t[1.5], t["1"], t[1], t[1.0])
local function g(...) return {...} end
t = g(1, nil, 3)
print(t[1], t[2], t[3], select('#', table.unpack(t, 1, 3)))
t = g()
print(#t, next(t))
