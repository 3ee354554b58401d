-- __index as a function receives the original table and key
local seen = {}
local proxy
proxy = setmetatable({}, {__index = function(t, k)
  seen[#seen + 1] = tostring(t == proxy) .. ":" .. tostring(k)
  if k == "multi" then return 1, 2, 3 end
  if type(k) == "number" then return k * k end
  return nil
end})
print(proxy[3], proxy.x, proxy[1.5], proxy.multi)
print(table.concat(seen, " "))
local a, b = proxy.multi
print(a, b)
local cache = setmetatable({}, {__index = function(t, k) local v = k * 2 rawset(t, k, v) return v end})
print(cache[5], rawget(cache, 5), cache[5])
local default = setmetatable({}, {__index = function() return 0 end})
default.x = default.x + 1
default.x = default.x + 1
print(default.x, default.y)
