-- traversal of hash keys, printed sorted
local function sortedkeys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  for i = 2, #keys do
    local v = keys[i]
    local j = i - 1
    while j >= 1 and tostring(keys[j]) > tostring(v) do keys[j + 1] = keys[j]; j = j - 1 end
    keys[j + 1] = v
  end
  return keys
end
local t = {apple = 1, banana = 2, cherry = 3, [10] = "ten", [2.5] = "f", [true] = "yes", 1, 2}
for _, k in ipairs(sortedkeys(t)) do print(type(k), k, t[k]) end
t.banana = nil
t[true] = nil
local ks = sortedkeys(t)
print(#ks, table.concat((function() local r = {} for i, k in ipairs(ks) do r[i] = tostring(k) end return r end)(), ","))
local big = {}
for i = 1, 100 do big["k" .. i] = i end
local total, cnt = 0, 0
for k, v in pairs(big) do total = total + v cnt = cnt + 1 end
print(cnt, total)
