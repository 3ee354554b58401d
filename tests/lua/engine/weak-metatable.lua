-- a weak table (or one marked for finalization) used as a metatable keeps
-- its metamethods, and compiled field stores into it stay in its entries
local mt = setmetatable({}, {__mode = "k"})
mt.__index = function (_, k) return "idx " .. k end
mt.__add = function () return "added" end
local o = setmetatable({}, mt)
print(o.foo, o + 1, rawget(mt, "__index") ~= nil)
mt.__index = {bar = "from table"}
print(o.bar, o.foo)
mt.__index = nil
print(o.bar)
mt.plain = 1
mt["__tostring"] = function () return "weak-meta object" end
print(tostring(o), mt.plain)
local n = 0
for k in pairs(mt) do n = n + 1 end
print(n)

-- made weak after getting its metamethods
local mt2 = {__index = function () return "early" end, __len = function () return 7 end}
local p = setmetatable({}, mt2)
setmetatable(mt2, {__mode = "v"})
print(p.x, #p)
mt2.__len = nil
print(#p)

-- a metatable with __gc used as a metatable in turn
local gcmt = {__gc = function () end}
local meta = setmetatable({__index = function () return "gc-marked" end}, gcmt)
local q = setmetatable({}, meta)
print(q.anything)
meta.__index = {y = "y"}
meta.z = 3
print(q.y, q.anything, meta.z)

-- weak tables themselves: field stores and reads
local w = setmetatable({}, {__mode = "v"})
w.a = "x"; w.__b = "y"; w[1] = "z"
print(w.a, w.__b, w[1], rawget(w, "__b"))
w.__b = nil
print(w.__b, next(w, nil) ~= nil)
