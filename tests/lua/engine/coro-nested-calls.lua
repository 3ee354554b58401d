-- yield from deep inside nested Lua calls
local function deep(n)
  if n == 0 then return coroutine.yield("bottom") end
  return deep(n - 1) + 1
end
local co = coroutine.create(function() return deep(100) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 0))
local function a(x) local y = coroutine.yield("a " .. x) return y * 2 end
local function b(x) return a(x + 1) + 1 end
local function c(x) local r = b(x * 10) return r, "c" end
local co2 = coroutine.create(c)
print(coroutine.resume(co2, 1))
print(coroutine.resume(co2, 5))
-- yielding from a function called through a table field and a method
local obj = {}
function obj:step(v) return coroutine.yield(self.name .. v) end
obj.name = "obj:"
local co3 = coroutine.wrap(function() return obj:step(1), obj.step(obj, 2) end)
print(co3())
print(co3("first"))
print(co3("second"))
