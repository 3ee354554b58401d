-- __index with integer and float keys on proxies
local log = {}
local p = setmetatable({}, {__index = function(t, k) log[#log + 1] = math.type(k) or type(k) return k end})
print(p[1], p[1.5], p[-0.0], p[2^53], p["1"])
print(table.concat(log, " "))
-- a key present in the table stops the lookup, even with value false
local q = setmetatable({[1] = false}, {__index = function() return "meta" end})
print(q[1], q[2])
-- rawset then lookup
rawset(q, 2, "raw")
print(q[2])
-- integer keys in __index tables
local base = {[1] = "one", [2] = "two"}
local r = setmetatable({}, {__index = base})
print(r[1], r[1.0], r[2], r[3], #r)
