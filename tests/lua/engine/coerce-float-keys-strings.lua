-- tostring of float keys and string keys that look like numbers stay separate
local t = {}
t[1.5] = "float"
t["1.5"] = "string"
t[2] = "int"
t["2"] = "str2"
t[2.0] = "float2"
print(t[1.5], t["1.5"], t[2], t["2"], t[3 / 2])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
