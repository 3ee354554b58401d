-- yield always returns to the resumer of the running coroutine
local log = {}
local inner = coroutine.wrap(function()
  log[#log + 1] = "inner start"
  coroutine.yield("inner-1")
  log[#log + 1] = "inner resumed"
  coroutine.yield("inner-2")
end)
local outer = coroutine.wrap(function()
  log[#log + 1] = "outer got " .. inner()
  coroutine.yield("outer-1")
  log[#log + 1] = "outer got " .. inner()
  return "outer done"
end)
print(outer())
print(outer())
print(table.concat(log, "; "))
