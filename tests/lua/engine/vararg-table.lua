-- ... in table constructors, argument lists and table.pack
local function pack(...) return {...} end
local function n(...) return select('#', ...) end
local t = pack(1, nil, 3)
print(#t == 3 or #t == 1, t[1], t[2], t[3])
local function mid(...) return n(..., "end") end
print(mid(1, 2, 3), mid(), mid(nil, nil))
local function first(...) return {..., "x"} end
local r = first(1, 2, 3)
print(#r, r[1], r[2], r[3])
local function both(...) return {..., ...} end
print(#both(1, 2, 3))
local function p(...) return table.pack(...) end
local q = p(nil, nil, nil)
print(q.n, q[1])
q = p()
print(q.n)
local function wrap(...) return ... end
print(wrap(1, 2, 3), wrap(4, 5))
print((wrap(1, 2, 3)))
print(n(wrap()), n(wrap(nil)), n(wrap(1, 2), wrap(3, 4)))
local function level2(...) return wrap(...) end
print(level2("a", nil, "c", nil))
print(n(level2("a", nil, "c", nil)))
