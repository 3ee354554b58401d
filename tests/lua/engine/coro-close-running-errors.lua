-- coroutine.close and resume on coroutines in various states
local main = coroutine.running()
print(pcall(coroutine.close, main))
local co
co = coroutine.create(function()
  print(pcall(coroutine.close, co))
  print(coroutine.resume(co))
  coroutine.yield()
end)
coroutine.resume(co)
print(coroutine.close(co))
print(coroutine.status(co))
print(coroutine.resume(co))
