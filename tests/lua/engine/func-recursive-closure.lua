-- closures that recurse through upvalues and tables
local memo = {}
local function fib(n)
  if n < 2 then return n end
  if memo[n] then return memo[n] end
  local v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
print(fib(80), fib(90))
local M = {}
function M.fact(n) if n <= 1 then return 1 end return n * M.fact(n - 1) end
print(M.fact(15))
local Y = function(f) return function(...) return f(f, ...) end end
local fact = Y(function(self, n) if n <= 1 then return 1 end return n * self(self, n - 1) end)
print(fact(10))
-- hanoi counting moves
local moves = 0
local function hanoi(n, a, b, c)
  if n == 0 then return end
  hanoi(n - 1, a, c, b)
  moves = moves + 1
  hanoi(n - 1, c, b, a)
end
hanoi(12, "A", "B", "C")
print(moves)
