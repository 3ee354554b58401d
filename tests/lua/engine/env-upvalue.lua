-- functions capture _ENV as an upvalue
local function make(env)
  local _ENV = env
  return function() return value end, function(v) value = v end
end
local e1, e2 = {value = 1}, {value = 2}
local get1, set1 = make(e1)
local get2 = make(e2)
print(get1(), get2())
set1(100)
print(get1(), e1.value, get2(), value)
-- assigning to _ENV changes what later global accesses see
local function swap()
  local tostring = tostring
  local _ENV = {type = "first"}
  local before = type
  _ENV = {type = "replaced"}
  return tostring(before), type
end
print(swap())
-- _ENV as a parameter
local function withenv(_ENV) return a + b end
print(withenv({a = 1, b = 2}))
-- global function definitions go to the current _ENV
local env = {}
do
  local _ENV = env
  function gf() return "gf" end
end
print(env.gf(), gf)
