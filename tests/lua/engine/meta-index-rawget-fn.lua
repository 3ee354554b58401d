-- __index functions calling rawget, default values, and key types
local defaults = {color = "red", size = 10}
local obj = setmetatable({}, {__index = function(t, k)
  local v = rawget(defaults, k)
  if v == nil then return "no " .. tostring(k) end
  return v
end})
obj.size = 20
print(obj.color, obj.size, obj.weight, obj[1], obj[true])
local counts = setmetatable({}, {__index = function() return 0 end})
for _, w in ipairs({"a", "b", "a", "c", "a", "b"}) do counts[w] = counts[w] + 1 end
print(counts.a, counts.b, counts.c, counts.d)
-- the key reaches __index as written: 1.0 stays a float (raw lookups normalise it)
local keys = {}
local spy = setmetatable({}, {__index = function(_, k) keys[#keys + 1] = math.type(k) or type(k) end})
local _ = spy[1], spy[1.0], spy[1.5], spy["1"], spy[false], spy[2^53]
print(table.concat(keys, " "))
