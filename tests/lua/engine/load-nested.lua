-- load inside loaded code
local f = load([[
  local inner = load("return ... * 2")
  return inner(...) + 1
]])
print(f(20))
local g = load("return load")()
print(g == load)
local src = "return 1"
for i = 1, 10 do src = "return load(" .. string.format("%q", src) .. ")()" end
print(load(src)())
local counter = load("local n = 0; return function() n = n + 1; return n end")()
print(counter(), counter())
