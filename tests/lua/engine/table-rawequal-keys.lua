-- __eq does not affect table key lookup
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local t = {[a] = "A"}
print(a == b, t[a], t[b])
t[b] = "B"
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n, t[a], t[b])
-- strings with equal contents are the same key
local s1 = "ab" .. "c"
local s2 = "a" .. "bc"
t[s1] = "string"
print(t[s2], t.abc)
