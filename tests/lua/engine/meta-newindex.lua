-- __newindex as a table and as a function
local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a, t.a)
local log = {}
local u = setmetatable({existing = 1}, {__newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v * 10)
end})
u.existing = 2
u.new = 3
u.new = 4
print(u.existing, u.new, table.concat(log, ","))
-- __newindex table chain
local final = {}
local mid = setmetatable({}, {__newindex = final})
local front = setmetatable({}, {__newindex = mid})
front.k = "v"
print(rawget(front, "k"), rawget(mid, "k"), final.k)
-- read-only table
local ro = setmetatable({}, {__index = {x = 1}, __newindex = function(_, k) error("read-only field " .. k, 2) end})
print(ro.x, pcall(function() ro.x = 2 end))
-- __newindex not called for existing keys even when value is false
local f = setmetatable({flag = false}, {__newindex = function() print("not called") end})
f.flag = true
print(f.flag)
-- assigning nil to an absent key still calls __newindex
local n = setmetatable({}, {__newindex = function(_, k, v) print("newindex", k, v) end})
n.z = nil
