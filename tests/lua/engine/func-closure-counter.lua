-- closures with private state
local function counter(start)
  local n = start or 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter(10)
inc(); inc()
print(get(), inc(), get())
local inc2, get2 = counter()
print(inc2(), get(), get2())
local function adder(x) return function(y) return x + y end end
local add5 = adder(5)
print(add5(1), add5(10), adder(1)(1))
local function compose(f, g) return function(...) return f(g(...)) end end
local h = compose(function(x) return x * 2 end, function(a, b) return a + b end)
print(h(3, 4))
