-- any non-nil, non-NaN value can be a key
local t = {}
local f = function() end
local co = coroutine.create(function() end)
local tk = {}
t[true] = "true"; t[false] = "false"; t[0] = "zero"; t[""] = "empty"
t[f] = "function"; t[co] = "thread"; t[tk] = "table"; t[1.5] = "float"; t[-1] = "neg"
t[math.huge] = "inf"; t[-math.huge] = "-inf"; t[print] = "builtin"
print(t[true], t[false], t[0], t[""], t[f], t[co], t[tk], t[1.5], t[-1])
print(t[math.huge], t[-math.huge], t[print], t[1/0])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t[true] = nil
t[false] = nil
n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
