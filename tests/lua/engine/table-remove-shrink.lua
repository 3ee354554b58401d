-- removing elements by assigning nil from the end keeps a sequence
local t = {}
for i = 1, 20 do t[i] = i end
while #t > 5 do t[#t] = nil end
print(#t, table.concat(t, ","))
-- removing from the middle by shifting
local function remove_at(arr, pos)
  local n = #arr
  local v = arr[pos]
  for i = pos, n - 1 do arr[i] = arr[i + 1] end
  arr[n] = nil
  return v
end
print(remove_at(t, 2), #t, table.concat(t, ","))
print(remove_at(t, 1), remove_at(t, #t), table.concat(t, ","))
