-- trailing nils are part of the vararg count
local function n(...) return select('#', ...) end
print(n(nil), n(1, nil), n(nil, nil, nil), n(table.unpack({1, nil, nil}, 1, 3)))
local function f(...) return ... end
print(n(f(nil, nil)), n(f()), n((f(nil, nil))))
local function g(a, ...) return n(...) end
print(g(), g(1), g(1, nil), g(nil, nil, nil))
local p = table.pack(f(1, nil, nil))
print(p.n, #{f(1, nil, nil)} >= 1)
print(select(2, nil, nil, "x"))
