-- constants captured by closures
local K <const> = "константа"
local N <const> = 42
local T <const> = {n = 1}
local function get() return K, N, T.n end
T.n = 2
print(#K, get())
local fns = {}
for i = 1, 3 do
  local c <const> = i * N
  fns[i] = function() return c end
end
print(fns[1](), fns[2](), fns[3]())
local function outer()
  local x <const> = {}
  return function() return x end
end
local g = outer()
print(g() == g(), outer()() == g())
