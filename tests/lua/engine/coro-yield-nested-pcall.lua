-- yield through several nested pcalls
local co = coroutine.wrap(function()
  return pcall(function()
    return pcall(function()
      return pcall(function()
        local a = coroutine.yield(1)
        local b = coroutine.yield(2)
        return a + b
      end)
    end)
  end)
end)
print(co())
print(co(10))
print(co(20))
local co2 = coroutine.wrap(function()
  local r = {}
  for i = 1, 3 do
    r[i] = select(2, pcall(function() return coroutine.yield(i) * 10 end))
  end
  return table.concat(r, ",")
end)
print(co2(), co2(1), co2(2), co2(3))
