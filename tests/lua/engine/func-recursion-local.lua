-- recursion through local functions
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(5), fact(20), fact(21))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
-- 'local f = function' cannot see itself
local g = function(n) return n end
local g = function(n) if n == 0 then return "done" end return g(n - 1) end
print(g(5))
-- mutual recursion
local isodd
local function iseven(n) if n == 0 then return true end return isodd(n - 1) end
function isodd(n) if n == 0 then return false end return iseven(n - 1) end
print(iseven(10), isodd(7), iseven(7))
-- ackermann
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3))
-- local function statement without assignment sees an outer name before
local h = function() return "outer" end
do
  local h = function() return h() .. "-inner" end
  print(h())
end
