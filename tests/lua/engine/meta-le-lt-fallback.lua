-- Debian's lua5.4 (5.4.4) is built with LUA_COMPAT_5_3, which keeps the 5.3
-- fallback: without __le, 'a <= b' is computed as 'not (b < a)' using __lt.
local log = {}
local mt = {__lt = function(a, b) log[#log + 1] = a.v .. "<" .. b.v return a.v < b.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(a <= b, b <= a, a >= b, b >= a, a <= a)
print(table.concat(log, " "))
-- mixed with a number: the fallback applies there too
local mt2 = {__lt = function(x, y) return (type(x) == "table" and x.v or x) < (type(y) == "table" and y.v or y) end}
local c = setmetatable({v = 5}, mt2)
print(c <= 5, 5 <= c, c <= 4, 6 <= c)
-- with neither metamethod it is an error
print(pcall(function() return {} <= {} end))
-- an explicit __le always wins
mt.__le = function() return "le" end
print(a <= b, b <= a)
