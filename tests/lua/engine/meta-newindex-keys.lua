-- keys reach __newindex as written; rawset normalises them
local keys = {}
local t = setmetatable({}, {__newindex = function(tbl, k, v) keys[#keys + 1] = (math.type(k) or type(k)) .. ":" .. tostring(k) rawset(tbl, k, v) end})
t[1.0] = "a"
t[2] = "b"
t[2^53] = "c"
t["3"] = "d"
print(table.concat(keys, " "))
print(math.type(next(t)), t[1], t[2], #t)
-- an existing key (after normalisation) does not trigger __newindex
keys = {}
t[1] = "again"
t[1.0] = "and again"
print(#keys, t[1])
