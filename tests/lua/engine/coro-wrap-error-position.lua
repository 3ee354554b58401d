-- coroutine.wrap adds the caller's position to string errors it propagates
local function mk(msg, lvl) return coroutine.wrap(function() error(msg, lvl) end) end
print(pcall(mk("plain")))
print(pcall(function() return mk("called from Lua")() end))
print(pcall(function() local w = mk("level 0", 0) return w() end))
print(pcall(function()
  local w = mk("multi-line")
  local r = w(
    1)
  return r
end))
print(pcall(function() local w = mk({}) return w() end) == false)
print(pcall(function() local w = mk(42) return w() end))
print(pcall(function() local w = coroutine.wrap(function() local t = nil return t.x end) return w() end))
-- nested wraps accumulate positions
print(pcall(function()
  local outer = coroutine.wrap(function()
    local inner = coroutine.wrap(function() error("deep", 0) end)
    return inner()
  end)
  return outer()
end))
-- dead coroutine error through a Lua call
local done = coroutine.wrap(function() end)
done()
print(pcall(function() return done() end))
