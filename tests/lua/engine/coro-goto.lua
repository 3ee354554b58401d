-- goto loops inside coroutines
local co = coroutine.wrap(function()
  local i = 0
  ::top::
  i = i + 1
  local v = coroutine.yield(i)
  if v ~= "stop" then goto top end
  return "stopped at " .. i
end)
print(co(), co(), co(), co("stop"))
