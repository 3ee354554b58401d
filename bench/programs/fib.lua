-- fib: naive doubly recursive Fibonacci. Measures Lua-to-Lua calls, integer
-- addition and comparison. Size: the argument n of fib (arg[1]).
local N = 35
if arg and arg[1] then N = tonumber(arg[1]) end

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

print(string.format("fib(%d) = %d", N, fib(N)))
