-- __index as a table
local base = {x = 1, y = 2}
local t = setmetatable({y = 20}, {__index = base})
print(t.x, t.y, t.z, rawget(t, "x"))
base.z = 3
print(t.z)
t.x = 10
print(t.x, base.x)
local arr = setmetatable({}, {__index = {"a", "b", "c"}})
print(arr[1], arr[3], #arr)
local empty = setmetatable({}, {__index = {}})
print(empty.anything)
local withfalse = setmetatable({v = false}, {__index = {v = true}})
print(withfalse.v)
local withnil = setmetatable({}, {__index = {v = false}})
print(withnil.v)
