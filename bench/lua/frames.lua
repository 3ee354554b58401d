-- Memory per Lua call frame: the heap in use at the bottom of a recursion N
-- deep, minus the heap in use before it, divided by N. Uses the global
-- heapbytes() when the host defines one (stackless-lua under
-- bench/memory.mjs), else collectgarbage("count"). Prints "N bytes-per-frame".
local N = 100000
if arg and arg[1] then N = tonumber(arg[1]) end

local function heap()
  if heapbytes then return heapbytes() end
  collectgarbage()
  collectgarbage()
  return collectgarbage("count") * 1024
end

local bottom
local function down(n)
  if n == 0 then
    bottom = heap()
    return 0
  end
  return 1 + down(n - 1)
end

down(10) -- warm up
local base = heap()
local depth = down(N)
print(string.format("%d %.1f", depth, (bottom - base) / N))
