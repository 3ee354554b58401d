-- 50 levels of coroutines resuming each other
local depth = 50
local function make(level)
  return coroutine.create(function(v)
    if level == depth then
      local got = coroutine.yield(v .. ">" .. level)
      return "bottom got " .. got
    end
    local child = make(level + 1)
    local ok, r = coroutine.resume(child, v .. ">" .. level)
    local back = coroutine.yield(r)
    local ok2, r2 = coroutine.resume(child, back)
    return r2
  end)
end
local top = make(1)
local ok, r = coroutine.resume(top, "start")
print(ok, #r)
print(coroutine.resume(top, "down"))
print(coroutine.status(top))
-- statuses along a chain
local chain = {}
local statuses
for i = 1, 10 do
  chain[i] = coroutine.create(function()
    if i < 10 then coroutine.resume(chain[i + 1])
    else
      statuses = {}
      for j = 1, 10 do statuses[j] = coroutine.status(chain[j]) end
    end
  end)
end
coroutine.resume(chain[1])
print(table.concat(statuses, " "))
-- nested wraps passing values through
local function nest(n)
  if n == 0 then return coroutine.wrap(function(x) while true do x = coroutine.yield(x + 1) end end) end
  local innerw = nest(n - 1)
  return coroutine.wrap(function(x) while true do x = coroutine.yield(innerw(x) * 1) end end)
end
local w = nest(50)
print(w(1), w(10), w(100))
