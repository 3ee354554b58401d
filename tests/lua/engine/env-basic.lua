-- globals live in _ENV
x = 10
print(_ENV.x, _ENV["x"], rawget(_ENV, "x"))
_ENV.y = 20
print(y)
local function f() return z end
z = "zed"
print(f())
do
  local _ENV = {print = print, tostring = tostring}
  a = 1
  print(a, x, tostring(_ENV.a))
end
print(a, x)
local function g()
  local _ENV = {n = "inner"}
  return n
end
print(g())
local e = {print = print}
local function h()
  local _ENV = e
  print("from h", type)
  w = "written"
end
h()
print(e.w, w)
