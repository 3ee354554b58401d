-- parameters and locals shadowing outer names
local x = "outer"
local function f(x) return x end
print(f("param"), f(), x)
local function g(x, x) return x end
print(g(1, 2))
local function h(...)
  local x = x .. "!"
  return x
end
print(h())
do
  local x = "block"
  print(x)
end
print(x)
local y = 1
local y = y + 1
print(y)
for x = 1, 2 do end
print(x)
local function k() local print = function() return "shadowed" end return print() end
print(k())
