-- generators with coroutine.wrap
local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local out = {}
for v in gen(5) do out[#out + 1] = v end
print(table.concat(out, " "))
-- permutations
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a) return coroutine.wrap(function() permgen(a) end) end
local count = 0
for p in permutations({"a", "b", "c"}) do
  count = count + 1
  print(table.concat(p))
end
print(count)
-- fibonacci generator
local fib = coroutine.wrap(function()
  local a, b = 0, 1
  while true do coroutine.yield(a) a, b = b, a + b end
end)
local f = {}
for i = 1, 15 do f[i] = fib() end
print(table.concat(f, ","))
-- tree walk
local tree = {v = 1, {v = 2, {v = 4}, {v = 5}}, {v = 3, {v = 6}}}
local function walk(node)
  coroutine.yield(node.v)
  for _, child in ipairs(node) do walk(child) end
end
local vals = {}
for v in coroutine.wrap(function() walk(tree) end) do vals[#vals + 1] = v end
print(table.concat(vals, " "))
