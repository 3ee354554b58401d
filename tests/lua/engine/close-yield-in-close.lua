-- __close may yield
local co = coroutine.wrap(function()
  do
    local a <close> = setmetatable({}, {__close = function()
      local v = coroutine.yield("yield in close")
      print("resumed close with", v)
    end})
    print("leaving block")
  end
  return "finished"
end)
print(co())
print(co("value"))
local co2 = coroutine.create(function()
  local ok, err = pcall(function()
    local b <close> = setmetatable({}, {__close = function(_, e)
      coroutine.yield("closing after error: " .. tostring(e))
    end})
    error("err", 0)
  end)
  return ok, err
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
