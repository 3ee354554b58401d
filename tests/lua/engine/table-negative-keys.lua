-- negative, zero and extreme integer keys
local t = {}
t[0] = "zero"
t[-1] = "minus one"
t[math.maxinteger] = "max"
t[math.mininteger] = "min"
t[1] = "one"
print(#t, t[0], t[-1], t[math.maxinteger], t[math.mininteger])
print(t[math.maxinteger + 1] == t[math.mininteger])
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
for i = 2, #keys do
  local v = keys[i]
  local j = i - 1
  while j >= 1 and keys[j] > v do keys[j + 1] = keys[j]; j = j - 1 end
  keys[j + 1] = v
end
print(table.concat(keys, " "))
local u = {}
u[math.maxinteger - 1] = 1
u[math.maxinteger] = 2
print(u[math.maxinteger - 1], u[math.maxinteger], #u)
local w = {n = 0}
for i = -5, 5 do w[i] = i * i end
print(#w, w[-5], w[0], w[5])
print(({[-1] = "a", [0] = "b", "c"})[0])
