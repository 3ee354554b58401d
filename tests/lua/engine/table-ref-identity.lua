-- tables are reference values
local a = {1}
local b = a
b[1] = 2
print(a[1], a == b, {} == {}, a ~= {})
local function mod(t) t.x = "set" end
mod(a)
print(a.x, b.x)
local k1, k2 = {}, {}
local t = {[k1] = "one", [k2] = "two"}
print(t[k1], t[k2], t[{}])
t[k1] = nil
print(t[k1], t[k2])
local f1 = function() end
local f2 = function() end
t[f1] = 1
t[f2] = 2
t[print] = 3
print(t[f1], t[f2], t[print])
local co = coroutine.create(function() end)
t[co] = "thread"
print(t[co])
