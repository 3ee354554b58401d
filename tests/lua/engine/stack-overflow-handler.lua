-- a message handler that overflows the stack while handling a stack
-- overflow ends in "error in error handling"; a small one sees the message
local count = 0
local function loop (x, y, z)
  count = count + 1
  return 1 + loop(x, y, z)
end
print(xpcall(loop, loop))
print(count > 1000)
local seen
print(xpcall(loop, function (m) seen = m; return "handled" end))
print(seen)
print(pcall(loop))
-- the stack is usable again afterwards
print(xpcall(loop, loop))
print(select('#', pcall(loop)))
