-- tail calls inside a coroutine that yields periodically
-- slow
local function loop(n, acc)
  if n == 0 then return acc end
  if n % 1000000 == 0 then coroutine.yield(n) end
  return loop(n - 1, acc + 1)
end
local co = coroutine.wrap(function() return "result " .. loop(5000000, 0) end)
for i = 1, 6 do print(co()) end
