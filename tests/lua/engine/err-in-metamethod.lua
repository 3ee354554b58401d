-- errors raised inside metamethods
local mt = {
  __index = function(t, k) error("no field " .. k) end,
  __add = function() error("cannot add", 2) end,
  __call = function() local x = nil; return x.y end,
  __tostring = function() error("tostring failed") end,
}
local obj = setmetatable({}, mt)
print(pcall(function() return obj.foo end))
print(pcall(function() return obj + 1 end))
print(pcall(function() return obj() end))
print(pcall(tostring, obj))
print(pcall(function() return obj.bar end))
-- error in __newindex
local ro = setmetatable({}, {__newindex = function(_, k) error("readonly " .. k, 2) end})
print(pcall(function() ro.x = 1 end))
-- error in __eq, __lt, __le, __len, __concat, __unm
local bad = {}
for _, e in ipairs({"__eq", "__lt", "__le", "__len", "__concat", "__unm"}) do
  bad[e] = function() error(e .. " error", 0) end
end
local a, b = setmetatable({}, bad), setmetatable({}, bad)
print(pcall(function() return a == b end))
print(pcall(function() return a < b end))
print(pcall(function() return a <= b end))
print(pcall(function() return #a end))
print(pcall(function() return a .. "x" end))
print(pcall(function() return -a end))
