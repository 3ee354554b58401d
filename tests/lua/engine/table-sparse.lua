-- sparse integer keys
local t = {}
t[1] = "a"
t[1000000] = "b"
t[-5] = "c"
print(t[1], t[1000000], t[-5], t[2])
local cnt = 0
for k, v in pairs(t) do cnt = cnt + 1 end
print(cnt)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
for i = 2, #keys do
  local v, j = keys[i], i - 1
  while j >= 1 and keys[j] > v do keys[j + 1] = keys[j]; j = j - 1 end
  keys[j + 1] = v
end
print(table.concat(keys, " "))
local u = {}
for i = 1, 100, 10 do u[i] = i end
local n = 0
for _ in pairs(u) do n = n + 1 end
print(n, u[91], u[92])
