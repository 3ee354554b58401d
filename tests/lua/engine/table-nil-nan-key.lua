-- nil and NaN cannot be table keys
local t = {}
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 1 end))
print(pcall(function() local k t[k] = 1 end))
print(pcall(function() return {[nil] = 1} end))
print(pcall(function() return {[0/0] = 1} end))
print(pcall(rawset, t, nil, 1))
print(t[nil], t[0/0], rawget(t, nil))
t[1] = nil
t.x = nil
print(next(t))
print(pcall(function() t[nil] = nil end))
local mt = setmetatable({}, {__newindex = function(tab, k, v) print("newindex", k, v) end})
mt[nil] = 5
print(pcall(function() local m = setmetatable({}, {__newindex = {}}) m[nil] = 1 end))
