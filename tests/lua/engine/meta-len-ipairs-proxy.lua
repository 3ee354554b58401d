-- a read-only array proxy: __index and __len forward, __newindex refuses
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __len = function() return #t end,
    __newindex = function() error("attempt to update a read-only table", 2) end,
  })
end
local days = readonly({"Mon", "Tue", "Wed"})
print(#days, days[1], days[3], days[4])
local out = {}
for i, d in ipairs(days) do out[i] = d end
print(table.concat(out, ","))
print(pcall(function() days[4] = "Thu" end))
print(rawlen(days), next(days))
