-- raw access bypasses metamethods
local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "index " .. tostring(k) return "dflt" end,
  __newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k) end,
  __len = function() return 99 end,
  __eq = function() return true end,
}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a.x, rawget(a, "x"))
a.y = 1
print(rawget(a, "y"))
rawset(a, "y", 2)
print(a.y, rawget(a, "y"))
print(#a, rawlen(a), rawlen({1, 2, 3}), rawlen("four"))
print(a == b, rawequal(a, b), rawequal(a, a), rawequal(1, 1.0), rawequal("x", "x"))
print(rawequal(0, -0), rawequal(1, "1"), rawequal(nil, nil), rawequal({}, {}))
print(rawset(a, 1, "one") == a, rawget(a, 1))
print(table.concat(log, ";"))
print(pcall(rawget, 1, 1))
print(pcall(rawset, "s", 1, 1))
print(pcall(rawequal, 1))
print(pcall(rawlen))
print(pcall(rawget, {}))
print(pcall(rawset, {}, 1))
