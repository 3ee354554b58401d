-- evaluation order in assignments
local t = {}
local i = 1
i, t[i] = i + 1, "x"
print(i, t[1], t[2])
local a = {}
local function k(n) return n end
a[k(1)], a[k(2)] = "one", "two"
print(a[1], a[2])
-- swapping table fields
local s = {1, 2}
s[1], s[2] = s[2], s[1]
print(s[1], s[2])
-- the right-hand side is fully evaluated before assignment
local x, y = 1, 2
x, y = y, x + y
print(x, y)
-- __newindex calls happen in some order but all happen
local log = {}
local p = setmetatable({}, {__newindex = function(_, k2, v) log[#log + 1] = k2 .. "=" .. v end})
p.a, p.b = 1, 2
table.insert(log, "end")
local sorted = {}
for _, e in ipairs(log) do sorted[#sorted + 1] = e end
print(#sorted)
