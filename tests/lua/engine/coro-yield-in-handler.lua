-- lua5.4 runs xpcall message handlers without yield support: a yield there
-- is an error inside the handler, reported as "error in error handling"
local co = coroutine.wrap(function()
  return xpcall(function() error("E", 0) end, function(m)
    local extra = coroutine.yield("handler yields " .. m)
    return m .. extra
  end)
end)
print(co())
print(pcall(co, "!"))
local co2 = coroutine.create(function()
  return xpcall(function() error("E", 0) end, function(m)
    return coroutine.isyieldable()
  end)
end)
print(coroutine.resume(co2))
