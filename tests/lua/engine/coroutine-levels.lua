-- A coroutine's stack levels end at its body: the resumer's are not its own.
local f = coroutine.create(function()
  print(coroutine.isyieldable(), coroutine.isyieldable(coroutine.running()))
  print(debug.traceback("tb"))
  print(debug.getinfo(2))
  coroutine.yield()
end)
print(coroutine.resume(f))
print(coroutine.wrap(function()
  print(coroutine.isyieldable())
  return (string.gsub("a", ".", function() print(coroutine.isyieldable()) end))
end)())

-- A pcall made by a closing coroutine's __close catches errors.
local function func2close(fn) return setmetatable({}, {__close = fn}) end
local co
co = coroutine.wrap(function()
  local x <close> = func2close(function() print("close", pcall(co)) print(pcall(error, 5)) end)
  error(111)
end)
print(pcall(co))
print(pcall(co))
