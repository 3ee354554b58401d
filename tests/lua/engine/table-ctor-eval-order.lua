-- constructor fields are evaluated left to right
local log = {}
local function v(x) log[#log + 1] = tostring(x) return x end
local t = {v(1), k = v("k"), v(2), [v("key")] = v("val"), v(3)}
print(table.concat(log, " "))
print(t[1], t[2], t[3], t.k, t.key)
-- later entries win for the same key
local u = {a = 1, a = 2, ["a"] = 3}
print(u.a)
local w = {[1] = "explicit", "positional"}
print(w[1])
local x = {"positional", [1] = "explicit"}
print(x[1])
-- nested constructors and calls in keys
local y = {[{}] = 1, [tostring(12)] = "twelve", [1 + 1] = "two"}
print(y["12"], y[2])
