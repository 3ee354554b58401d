-- rawset inside __newindex and counting proxies
local function track(t)
  local proxy = {}
  local count = 0
  setmetatable(proxy, {
    __index = t,
    __newindex = function(_, k, v) count = count + 1 t[k] = v end,
    __len = function() return #t end,
  })
  return proxy, function() return count end
end
local data = {}
local p, cnt = track(data)
p[1] = "a"; p[2] = "b"; p.x = "c"; p[1] = "A"
print(cnt(), data[1], data[2], data.x, p[1], #p)
local auto = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, {value = v}) end})
auto.a = 1
auto.a = 2
print(type(auto.a), auto.a == 2)
