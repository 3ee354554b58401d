-- varargs passed through several levels and into coroutines
local function inner(...) return select('#', ...), ... end
local function mid(...) return inner(...) end
local function outer(...) return mid(...) end
print(outer())
print(outer(nil))
print(outer(1, nil, 3, nil))
local co = coroutine.wrap(function(...) local n = select('#', ...) local r = {coroutine.yield(n, ...)} return #r end)
print(co("a", nil, "c"))
print(co(1, 2, 3, 4))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3))
local function vararg_in_table(...)
  local t = {n = select('#', ...), ...}
  return t.n, t[1], t[t.n]
end
print(vararg_in_table("x", "y", "z"))
