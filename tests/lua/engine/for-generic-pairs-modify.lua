-- modifying existing fields during pairs is allowed; results sorted for printing
local t = {a = 1, b = 2, c = 3, d = 4}
for k, v in pairs(t) do
  if v % 2 == 0 then t[k] = nil else t[k] = v * 10 end
end
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
for i = 2, #keys do
  local x, j = keys[i], i - 1
  while j >= 1 and keys[j] > x do keys[j + 1] = keys[j]; j = j - 1 end
  keys[j + 1] = x
end
print(table.concat(keys, " "))
local arr = {1, 2, 3, 4, 5}
for i, v in ipairs(arr) do arr[i] = v * v end
print(table.concat(arr, " "))
-- ipairs sees elements appended during the loop
local grow = {1}
local seen = 0
for i, v in ipairs(grow) do
  seen = seen + 1
  if i < 5 then grow[i + 1] = v + 1 end
end
print(seen, #grow)
