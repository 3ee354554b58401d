-- coroutines: a generator built with coroutine.wrap (a yield per value, from
-- a recursive tree walk), and ping-pong between two coroutines passing
-- values through resume/yield. Size: repetitions (arg[1]).
local N = 180
if arg and arg[1] then N = tonumber(arg[1]) end

local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end

local function walk(lo, hi)
  if lo > hi then return end
  local mid = math.floor((lo + hi) / 2)
  walk(lo, mid - 1)
  coroutine.yield(mid)
  walk(mid + 1, hi)
end

local function inorder(n)
  return coroutine.wrap(function() walk(1, n) end)
end

local check = 0
for r = 1, N do
  local s = 0
  for v in range(20000) do s = s + v % 7 end
  local last, ok = 0, 0
  for v in inorder(5000) do
    if v > last then ok = ok + 1 end
    last = v
  end
  -- ping-pong: two coroutines exchanging a counter
  local pong = coroutine.create(function(x)
    while true do x = coroutine.yield(x + 1) end
  end)
  local ping = coroutine.create(function(x)
    while true do
      local _, y = coroutine.resume(pong, x)
      x = coroutine.yield(y * 2 % 1000003)
    end
  end)
  local x = r
  for _ = 1, 10000 do
    local _, y = coroutine.resume(ping, x)
    x = y
  end
  check = (check + s + ok + x) % 1000003
end
print(string.format("coroutines: %d", check))
