-- __eq is only called for two tables (or two userdata)
local calls = 0
local mt = {__eq = function(a, b) calls = calls + 1 return a.id == b.id end}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 1}, mt)
local c = setmetatable({id = 2}, mt)
print(a == b, a ~= b, a == c, a ~= c, calls)
print(a == a, calls)
print(a == 1, a == "x", a == nil, 1 == a, calls)
local plain = {id = 1}
print(a == plain, plain == a, calls)
-- result converted to boolean
local mt2 = {__eq = function() return "yes" end}
local x, y = setmetatable({}, mt2), setmetatable({}, mt2)
print(x == y, x ~= y)
local mt3 = {__eq = function() return nil end}
local p, q = setmetatable({}, mt3), setmetatable({}, mt3)
print(p == q, p ~= q)
-- only one operand needs the metamethod; first operand tried first
local L = setmetatable({}, {__eq = function() return true end})
local R = setmetatable({}, {__eq = function() return false end})
print(L == R, R == L, L == {}, {} == L)
-- rawequal ignores it
print(rawequal(a, b))
-- table keys use raw equality
local t = {}
t[a] = "a"
print(t[b], t[a])
