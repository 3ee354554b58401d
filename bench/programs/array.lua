-- array: array-part table work: a sieve of Eratosthenes, filling with
-- table.insert and by index, in-place quicksort written in Lua, reversal and
-- summation with ipairs. Size: repetitions (arg[1]).
local N = 16
if arg and arg[1] then N = tonumber(arg[1]) end

local function sieve(n)
  local composite = {}
  for i = 1, n do composite[i] = false end
  local count = 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i + i, n, i do composite[j] = true end
    end
  end
  return count
end

local function quicksort(a, lo, hi)
  while lo < hi do
    local p = a[math.floor((lo + hi) / 2)]
    local i, j = lo, hi
    while i <= j do
      while a[i] < p do i = i + 1 end
      while a[j] > p do j = j - 1 end
      if i <= j then
        a[i], a[j] = a[j], a[i]
        i, j = i + 1, j - 1
      end
    end
    if j - lo < hi - i then
      quicksort(a, lo, j)
      lo = i
    else
      quicksort(a, i, hi)
      hi = j
    end
  end
end

local check = 0
for r = 1, N do
  check = check + sieve(200000 + r)
  local a, seed = {}, r
  for i = 1, 100000 do
    seed = (seed * 1103 + 12345) % 1000003
    table.insert(a, seed)
  end
  quicksort(a, 1, #a)
  local n = #a
  for i = 1, math.floor(n / 2) do a[i], a[n - i + 1] = a[n - i + 1], a[i] end
  local s = 0
  for i, v in ipairs(a) do
    if i % 100 == 0 then s = (s + v) % 1000003 end
  end
  check = (check + s + a[1] - a[n]) % 1000003
end
print(string.format("array: %d", check))
