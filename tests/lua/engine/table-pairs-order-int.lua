-- pairs over a pure array visits 1..n in order
local t = {}
for i = 1, 10 do t[i] = i * i end
local out = {}
for k, v in pairs(t) do out[#out + 1] = k .. "=" .. v end
print(table.concat(out, " "))
local s = {"a", "b", "c"}
local ks = {}
for k in pairs(s) do ks[#ks + 1] = k end
print(table.concat(ks, ","))
local n = 0
for k, v in pairs({}) do n = n + 1 end
print(n)
local f, st, init = pairs(t)
print(f == next, st == t, init)
