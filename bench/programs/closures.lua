-- closures: creating closures in loops, shared and private upvalues,
-- higher-order functions (map, filter, reduce, compose). Size: repetitions
-- (arg[1]).
local N = 200
if arg and arg[1] then N = tonumber(arg[1]) end

local function counter(start, step)
  local n = start
  return function() n = n + step; return n end, function() return n end
end

local function map(f, a)
  local r = {}
  for i = 1, #a do r[i] = f(a[i]) end
  return r
end

local function filter(p, a)
  local r = {}
  for i = 1, #a do if p(a[i]) then r[#r + 1] = a[i] end end
  return r
end

local function reduce(f, acc, a)
  for i = 1, #a do acc = f(acc, a[i]) end
  return acc
end

local function compose(f, g) return function(x) return f(g(x)) end end

local check = 0
for r = 1, N do
  local sum = 0
  for i = 1, 10000 do
    local inc, get = counter(i, r)
    inc(); inc()
    sum = sum + get()
  end
  local a = {}
  for i = 1, 10000 do a[i] = i end
  local k = r % 5 + 1
  local sq = map(function(x) return x * k % 1009 end, a)
  local odd = filter(function(x) return x % 2 == 1 end, sq)
  local f = compose(function(x) return x + 1 end, function(x) return x * 2 end)
  local total = reduce(function(s, x) return (s + f(x)) % 1000003 end, 0, odd)
  check = (check + sum % 1000003 + total + #odd) % 1000003
end
print(string.format("closures: %d", check))
