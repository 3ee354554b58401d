-- clearing fields during traversal is allowed
local t = {}
for i = 1, 20 do t["k" .. i] = i end
for i = 1, 10 do t[i] = i end
local count, sum = 0, 0
for k, v in pairs(t) do
  count = count + 1
  sum = sum + v
  t[k] = nil
end
print(count, sum, next(t))
t = {a = 1, b = 2, c = 3, 1, 2, 3}
local n = 0
local k, v = next(t)
while k do
  n = n + 1
  t[k] = nil
  k, v = next(t, k)
end
print(n, next(t))
t = {x = 1, y = 2}
for k in pairs(t) do t[k] = k .. "!" end
print(t.x, t.y)
print(next({}), next({}, nil), next({5}), select('#', next({})))
print(pcall(next, {}, "nokey"))
print(pcall(next, {a = 1}, 1))
print(pcall(next))
print(pcall(next, 1))
