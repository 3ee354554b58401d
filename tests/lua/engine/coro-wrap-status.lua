-- a wrap function shares the coroutine's lifetime
local saved
local w = coroutine.wrap(function()
  saved = coroutine.running()
  coroutine.yield(coroutine.status(saved))
  return "end"
end)
print(w())
print(coroutine.status(saved))
print(w())
print(coroutine.status(saved))
print(coroutine.resume(saved))
