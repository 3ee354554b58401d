-- arguments are evaluated left to right
local log = {}
local function v(x) log[#log + 1] = x return x end
local function f(...) return select('#', ...) end
f(v(1), v(2), v(3))
print(table.concat(log, " "))
log = {}
local t = {}
t[v("k")] = v("value")
print(table.concat(log, " "))
log = {}
local r = v(1) + v(2) * v(3)
print(r, table.concat(log, " "))
log = {}
local s = v("a") .. v("b") .. v("c")
print(s, table.concat(log, " "))
log = {}
local obj = {m = function(self, a, b) return a + b end}
local function getobj() v("obj") return obj end
print(getobj():m(v(10), v(20)), table.concat(log, " "))
