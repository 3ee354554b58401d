-- __pairs and next-style iterators that yield
local t = setmetatable({}, {__pairs = function(self)
  coroutine.yield("in __pairs")
  local i = 0
  return function() i = i + 1 if i <= 2 then return i, coroutine.yield("iter " .. i) end end, self, nil
end})
local co = coroutine.wrap(function()
  for k, v in pairs(t) do print("loop", k, v) end
  return "done"
end)
print(co())
print(co())
print(co("A"))
print(co("B"))
