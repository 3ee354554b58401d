-- while loops with complex conditions and updates
local a, b = 0, 1
local fibs = {}
while b < 1000 do fibs[#fibs + 1] = b; a, b = b, a + b end
print(table.concat(fibs, " "))
-- collatz
local function collatz(n)
  local steps = 0
  while n ~= 1 do
    if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end
    steps = steps + 1
  end
  return steps
end
print(collatz(27), collatz(97), collatz(1))
-- gcd
local function gcd(x, y) while y ~= 0 do x, y = y, x % y end return x end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(math.maxinteger, 7))
-- while condition with side effects
local i = 0
local function nexti() i = i + 1 return i end
while nexti() < 5 do end
print(i)
