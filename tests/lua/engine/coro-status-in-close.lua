-- statuses seen from inside __close during coroutine.close
local co
co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function()
    print("closing, status:", coroutine.status(co))
    print("running is co:", coroutine.running() == co)
  end})
  coroutine.yield()
end)
coroutine.resume(co)
print(coroutine.close(co))
print(coroutine.status(co))
