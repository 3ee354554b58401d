-- two coroutines handing control back and forth through the main loop
local log = {}
local ping = coroutine.create(function(n)
  for i = 1, n do log[#log + 1] = "ping" .. i coroutine.yield() end
end)
local pong = coroutine.create(function(n)
  for i = 1, n do log[#log + 1] = "pong" .. i coroutine.yield() end
end)
coroutine.resume(ping, 3)
coroutine.resume(pong, 3)
while coroutine.status(ping) ~= "dead" or coroutine.status(pong) ~= "dead" do
  if coroutine.status(ping) ~= "dead" then coroutine.resume(ping) end
  if coroutine.status(pong) ~= "dead" then coroutine.resume(pong) end
end
print(table.concat(log, " "))
-- a coroutine resuming another and being yielded back to
local inner = coroutine.create(function(a)
  local b = coroutine.yield(a * 2)
  return b + 1
end)
local outer = coroutine.create(function()
  local _, x = coroutine.resume(inner, 5)
  local y = coroutine.yield(x)
  local _, z = coroutine.resume(inner, y)
  return z
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer, 100))
