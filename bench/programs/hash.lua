-- hash: hash-part table work: string keys built with .., sparse integer keys,
-- lookups that hit and miss, deletions, and traversal with pairs (order
-- independent checksums only). Size: repetitions (arg[1]).
local N = 20
if arg and arg[1] then N = tonumber(arg[1]) end

local check = 0
for r = 1, N do
  local h = {}
  for i = 1, 50000 do h["k" .. i] = i end
  local hits = 0
  for i = 1, 100000, 3 do
    if h["k" .. i] then hits = hits + 1 end
  end
  for i = 1, 50000, 2 do h["k" .. i] = nil end
  local sum, count = 0, 0
  for _, v in pairs(h) do
    sum = sum + v
    count = count + 1
  end
  local sparse = {}
  for i = 1, 100000 do sparse[i * 7919 % 1000003] = i end
  local s2 = 0
  for i = 0, 1000002, 5 do
    local v = sparse[i]
    if v then s2 = s2 + v % 100 end
  end
  for k, v in pairs(sparse) do
    if k % 1000 == 0 then s2 = s2 + v % 7 end
  end
  check = (check + hits + sum % 1000003 + count + s2 + r) % 1000003
end
print(string.format("hash: %d", check))
