-- tostring uses __tostring, else __name, else the type
local function prefix(s, p) return s >= p and s < p .. "\255" end
local a = setmetatable({}, {__name = "Point"})
print(prefix(tostring(a), "Point: "), prefix(tostring({}), "table: "))
local b = setmetatable({}, {__name = "Point", __tostring = function() return "P(1,2)" end})
print(tostring(b))
print(prefix(tostring(print), "builtin: ") or prefix(tostring(print), "function: "))
print(prefix(tostring(function() end), "function: "))
print(prefix(tostring(coroutine.create(print)), "thread: "))
local c = setmetatable({}, {__name = {}})
print(prefix(tostring(c), "table: "))
print(tostring(nil), tostring(true), tostring(12), tostring("s"))
