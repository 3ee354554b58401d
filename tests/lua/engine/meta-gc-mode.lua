-- __gc and __mode are accepted and have no visible effect here
local weak = setmetatable({}, {__mode = "k"})
local key = {}
weak[key] = "value"
print(weak[key])
local wv = setmetatable({}, {__mode = "v"})
wv[1] = "strings are not collected"
print(wv[1])
local kv = setmetatable({}, {__mode = "kv"})
kv.x = 1
print(kv.x)
local gcd = setmetatable({}, {__gc = function() end})
print(type(gcd), getmetatable(gcd).__gc ~= nil)
local gc2 = setmetatable({}, {__gc = true})
print(type(gc2))
print(getmetatable(weak).__mode, getmetatable(kv).__mode)
