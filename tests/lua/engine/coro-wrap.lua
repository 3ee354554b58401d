-- coroutine.wrap
local gen = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i) end
  return "done"
end)
print(gen(), gen(), gen(), gen())
print(pcall(gen))
local echo = coroutine.wrap(function(...)
  local args = {...}
  while true do args = {coroutine.yield(table.unpack(args))} end
end)
print(echo(1, 2))
print(echo("a", "b", "c"))
print(echo())
-- errors propagate through wrap with the position of the error
local bad = coroutine.wrap(function() error("inside wrap") end)
print(pcall(bad))
local bad2 = coroutine.wrap(function() local x = nil; return x.y end)
print(pcall(bad2))
local bad3 = coroutine.wrap(function() error({code = 5}) end)
local ok, e = pcall(bad3)
print(ok, type(e), e.code)
local bad4 = coroutine.wrap(function() coroutine.yield() error("after yield", 2) end)
bad4()
print(pcall(bad4))
print(pcall(bad4))
