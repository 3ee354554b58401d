-- select and varargs
local function f(...) return select('#', ...) end
print(f(), f(nil), f(nil, nil), f(1, nil, 3, nil))
print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select('#'))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, "x"))
print(pcall(select))
print(select(2.0, "a", "b"))
print(select("2", "a", "b"))
print(select(math.maxinteger, 1, 2))
local function g(...)
  local a, b = ...
  return a, b, ...
end
print(g(1, 2, 3))
print((g(1, 2, 3)))
local function count(...) return select('#', ...) end
print(count(g()), count(g(nil)), count(nil, g()))
