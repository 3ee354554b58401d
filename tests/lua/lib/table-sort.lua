-- table.sort: results, errors, and the exact sequence of comparisons of PUC's
-- quicksort (so unstable orders and invalid-order detection match lua5.4)
local function show(t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, " ")
end

local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(show(t))
table.sort(t, function(a, b) return a > b end)
print(show(t))
t = {"banana", "apple", "Cherry", "apple2", "", "a\0b", "a", "a\255", "a\1"}
table.sort(t)
for i = 1, #t do t[i] = t[i]:gsub("%c", "?"):gsub("\255", "!") end
print(show(t))
t = {3, 1.5, -2, 2^53, -0.0, 0, math.huge, -math.huge, math.mininteger, math.maxinteger, 1e300}
table.sort(t)
print(show(t))
t = {}
table.sort(t)
print(#t)
t = {1}
table.sort(t, 42) -- the comparator is not checked for fewer than 2 elements
print(show(t))
t = {2, 1}
table.sort(t, nil)
print(show(t))

-- stability is not guaranteed: records with equal keys, as PUC orders them
local recs = {}
for i = 1, 30 do recs[i] = {k = i % 4, id = i} end
table.sort(recs, function(a, b) return a.k < b.k end)
local ids = {}
for i = 1, #recs do ids[i] = recs[i].k .. ":" .. recs[i].id end
print(table.concat(ids, " "))

-- errors
print(pcall(table.sort, {1, "x"}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, 2, nil, 4}))
print(pcall(table.sort, {1, 2}, 3))
print(pcall(table.sort, {1, 2}, {}))
print(pcall(table.sort, {1, 2}, "x"))
print(pcall(table.sort))
print(pcall(table.sort, "abc"))
print(pcall(table.sort, setmetatable({}, {__len = function() return math.maxinteger end})))
print(pcall(table.sort, setmetatable({}, {__len = function() return 2 ^ 31 - 1 end})))
print(pcall(table.sort, setmetatable({}, {__len = function() return 2.5 end})))
print(pcall(table.sort, setmetatable({}, {__len = function() return -5 end})))
print(pcall(table.sort, {3, 2, 1, 4, 5}, function(a, b) return true end))
print(pcall(function() table.sort({3, 2, 1, 4, 5}, function(a, b) return true end) end))
print(pcall(function() table.sort({1, 2, 3}, function(a, b) return true end) end))
print(pcall(table.sort, {3, 1, 2, 5, 4}, function(a, b) error("cmp failed") end))
print(select(2, pcall(table.sort, {3, 1, 2, 5, 4}, function(a, b) error({code = 7}) end)).code)
print(pcall(function() table.sort({1, 2}, true) end))

-- NaN breaks the order: the outcome is that of PUC's algorithm
local nan = 0 / 0
for _, arr in ipairs({{1, nan, 2}, {nan, 3, 1, 2}, {5, 4, nan, 3, 2, 1}, {3, nan, nan, 1, 2, 6, 5, 4}}) do
  local ok, err = pcall(table.sort, arr)
  local out = {}
  for i = 1, #arr do out[i] = arr[i] ~= arr[i] and "NaN" or tostring(arr[i]) end
  print(ok, err, table.concat(out, " "))
end

-- comparison traces: a checksum of every comparison made, for many sizes and
-- comparators (valid, reversed, non-strict, constant, inconsistent)
local seed = 12345
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end
local function traced(t, cmp)
  local n, h = 0, 0
  local ok, err = pcall(table.sort, t, function(a, b)
    n = n + 1
    h = (h * 31 + a * 7 + b) % 1000000007
    return cmp(a, b)
  end)
  return ok, err, n, h, show(t)
end
local cmps = {
  function(a, b) return a < b end,
  function(a, b) return a > b end,
  function(a, b) return a <= b end,
  function() return true end,
  function() return false end,
  function() return rnd(2) == 0 end,
  function(a, b) return a % 7 < b % 7 end,
}
for n = 0, 100, 3 do
  for ci, cmp in ipairs(cmps) do
    local arr = {}
    for i = 1, n do arr[i] = rnd(n // 2 + 1) end
    local ok, err, cnt, h, res = traced(arr, cmp)
    print(n, ci, ok, err, cnt, h, n <= 20 and res or "")
  end
end

-- already sorted, reversed and constant arrays of several sizes
for _, n in ipairs({10, 99, 100, 101, 500}) do
  local asc, desc, same = {}, {}, {}
  for i = 1, n do asc[i], desc[i], same[i] = i, n - i, 7 end
  local r1 = {traced(asc, function(a, b) return a < b end)}
  local r2 = {traced(desc, function(a, b) return a < b end)}
  local r3 = {traced(same, function(a, b) return a < b end)}
  print(n, r1[3], r1[4], r2[3], r2[4], r3[3], r3[4])
end

-- larger random arrays (balanced partitions, no pivot randomisation)
for _, n in ipairs({200, 1000, 3000}) do
  local arr = {}
  for i = 1, n do arr[i] = rnd(100000) end
  local ok, _, cnt, h = traced(arr, function(a, b) return a < b end)
  local sorted = true
  for i = 2, n do if arr[i - 1] > arr[i] then sorted = false end end
  print(n, ok, cnt, h, sorted)
end
