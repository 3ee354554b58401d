-- yield outside a coroutine
print(pcall(coroutine.yield, 1))
print(pcall(function() coroutine.yield() end))
local co = coroutine.wrap(function() return pcall(coroutine.yield, "from pcall") end)
print(co())
print(co("resumed"))
