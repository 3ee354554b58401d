-- functions with many parameters, missing and extra arguments
local function f(a, b, c, d, e, g, h, i, j, k)
  return a, b, c, d, e, g, h, i, j, k
end
print(f(1, 2, 3))
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
local function h(a, b, ...) return a, b, select('#', ...), ... end
print(h())
print(h(1))
print(h(1, 2, 3, 4))
local args = {}
for i = 1, 250 do args[i] = i end
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + select(i, ...) end
  return s, select('#', ...)
end
print(sum(table.unpack(args)))
local function last(...) return (select(select('#', ...), ...)) end
print(last(table.unpack(args)))
