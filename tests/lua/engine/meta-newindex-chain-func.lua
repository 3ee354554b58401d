-- __newindex tables that themselves have __newindex functions
local log = {}
local sink = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "sink:" .. k .. "=" .. tostring(v) rawset(t, k, v) end})
local mid = setmetatable({}, {__newindex = sink})
local front = setmetatable({}, {__newindex = mid, __index = mid})
front.a = 1
front.b = 2
print(table.concat(log, " "))
print(rawget(front, "a"), rawget(mid, "a"), rawget(sink, "a"), front.a)
-- existing key in the intermediate table is assigned there
rawset(mid, "c", "old")
front.c = "new"
print(rawget(mid, "c"), rawget(sink, "c"), #log)
