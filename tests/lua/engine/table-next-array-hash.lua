-- next visits every key exactly once
local t = {10, 20, 30, x = 1, y = 2, [100] = 3}
local seen = {}
local k, v = next(t)
local count = 0
while k ~= nil do
  count = count + 1
  seen[#seen + 1] = tostring(k)
  k, v = next(t, k)
end
print(count)
-- the array part comes first, in order
local first3 = {}
local key = nil
for i = 1, 3 do key = next(t, key) first3[i] = key end
print(table.concat(first3, " "))
-- next after the last key returns nil
local last
for k2 in pairs(t) do last = k2 end
print(next(t, last))
-- assigning to existing fields during traversal is allowed
for k2, v2 in pairs(t) do t[k2] = v2 * 2 end
print(t[1], t[3], t.x, t[100])
