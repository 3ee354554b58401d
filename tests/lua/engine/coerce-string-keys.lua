-- strings and numbers are distinct table keys
local t = {}
t[1] = "number one"
t["1"] = "string one"
t[1.0] = "float one"
print(t[1], t["1"], t["1.0"])
t["10"] = "s10"
print(t[10], t["10"], t[tonumber("10")])
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
t[tostring(2)] = "two"
print(t[2], t["2"])
local u = {["0x10"] = 1, [16] = 2}
print(u["0x10"], u[16], u[0x10])
