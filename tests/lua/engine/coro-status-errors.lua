-- status after errors, and resuming a coroutine that raised
local co = coroutine.create(function(x)
  if x then error("bad input", 0) end
  return "ok"
end)
print(coroutine.resume(co, true))
print(coroutine.status(co))
print(coroutine.resume(co))
local co2 = coroutine.create(function()
  local ok, e = pcall(error, "caught inside", 0)
  coroutine.yield(e)
  return "still fine"
end)
print(coroutine.resume(co2))
print(coroutine.status(co2))
print(coroutine.resume(co2))
print(coroutine.status(co2))
