-- an error escaping through coroutine.wrap to the top level
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  error("generator broke")
end)
print(gen())
print(gen())
