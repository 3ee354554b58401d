-- golden: skip
-- Beyond PUC Lua: a table.sort comparator may yield. Every comparison below
-- yields to the driver; the sort goes on where it stopped, so results, the
-- comparison sequence and invalid-order errors are exactly those of a sort
-- whose comparator does not yield (each case prints both), and the number of
-- yields is the number of comparisons.
local YIELD = coroutine.yield

-- Runs f in a coroutine, resuming it until it ends; returns the number of
-- yields and f's outcome.
local function drive(f, ...)
  local co = coroutine.create(f)
  local n = 0
  local res = table.pack(coroutine.resume(co, ...))
  while coroutine.status(co) ~= "dead" do
    n = n + 1
    res = table.pack(coroutine.resume(co, "resumed"))
  end
  return n, table.unpack(res, 1, res.n)
end

local function show(t)
  local out = {}
  for i = 1, #t do out[i] = tostring(t[i]) end
  return table.concat(out, " ")
end

local seed = 777
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end

-- Sorts a copy of arr with cmp, yielding at each comparison (or not);
-- returns ok, err, comparisons, checksum of the comparisons, the result.
local function run(arr, cmp, yielding)
  local t = table.move(arr, 1, #arr, 1, {})
  local n, h = 0, 0
  local ok, err = pcall(table.sort, t, function(a, b)
    n = n + 1
    h = (h * 31 + a * 7 + b) % 1000000007
    if yielding then
      local r = YIELD(n)
      assert(r == "resumed")
    end
    return cmp(a, b)
  end)
  return ok, err, n, h, show(t)
end

local cmps = {
  function(a, b) return a < b end,
  function(a, b) return a > b end,
  function(a, b) return a <= b end,
  function() return true end,
  function(a, b) return a % 5 < b % 5 end,
}
local same = 0
for n = 0, 60, 4 do
  for ci, cmp in ipairs(cmps) do
    local arr = {}
    for i = 1, n do arr[i] = rnd(50) end
    local direct = table.pack(run(arr, cmp, false))
    local yields, ok, a, b, c, d, e = drive(run, arr, cmp, true)
    assert(ok)
    local yielded = table.pack(a, b, c, d, e)
    local equal = yields == direct[3]
    for i = 1, 5 do equal = equal and yielded[i] == direct[i] end
    if equal then same = same + 1 else print("MISMATCH", n, ci) end
    if n == 20 then print(ci, yields, a, b, c, d, e) end
  end
end
print("identical runs", same)

-- the comparator sees the values passed to resume, and yields values out
local t = {3, 1, 2}
local co = coroutine.wrap(function()
  table.sort(t, function(a, b)
    local got = coroutine.yield(a, b)
    return got == "less"
  end)
  return "sorted"
end)
local a, b = co()
local steps = {}
while a ~= "sorted" do
  steps[#steps + 1] = a .. "," .. b
  a, b = co(a < b and "less" or "not")
end
print(table.concat(steps, " "), show(t))

-- default comparison with a yielding __lt (no comparator)
local mt = {__lt = function(x, y) YIELD() return x.v < y.v end}
local objs = {}
for i = 1, 40 do objs[i] = setmetatable({v = (i * 23) % 41}, mt) end
local yields = drive(table.sort, objs)
local vs = {}
for i = 1, #objs do vs[i] = objs[i].v end
print(yields, show(vs))

-- sorts nested in comparators, every level yielding
local inner = 0
local outer = {4, 2, 3, 1}
local yields2 = drive(function()
  table.sort(outer, function(x, y)
    local tmp = {5, 4, 3, 2, 1}
    table.sort(tmp, function(p, q) inner = inner + 1; YIELD() return p < q end)
    YIELD()
    return x < y
  end)
end)
print(yields2, inner, show(outer))

-- a sort suspended in its comparator, abandoned with coroutine.close
local abandoned = {5, 4, 3, 2, 1}
local co2 = coroutine.create(function() table.sort(abandoned, function(x, y) YIELD() return x < y end) end)
coroutine.resume(co2)
coroutine.resume(co2)
print(coroutine.status(co2), coroutine.close(co2), coroutine.status(co2))
