-- argument passing in wrap: first call passes to the body, later calls to yield
local w = coroutine.wrap(function(a, b, ...)
  print("body", a, b, select('#', ...))
  local x, y = coroutine.yield(a .. b)
  print("yield returned", x, y)
  local z = coroutine.yield()
  print("yield returned", z)
  return "r1", "r2"
end)
print(w("A", "B", nil, nil))
print(w(1, 2, 3))
print(w())
-- yield with no values in wrap returns nothing
local v = coroutine.wrap(function() coroutine.yield() coroutine.yield(nil) end)
print(select('#', v()), select('#', v()))
