-- to-be-closed variables in coroutines
local function C(name)
  return setmetatable({}, {__close = function(_, e) print("close", name, e) end})
end
local co = coroutine.create(function()
  local a <close> = C("a")
  coroutine.yield(1)
  local b <close> = C("b")
  coroutine.yield(2)
  return "done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
-- closing a suspended coroutine runs its pending __close
local co2 = coroutine.create(function()
  local x <close> = C("x")
  local y <close> = C("y")
  coroutine.yield("suspended")
end)
print(coroutine.resume(co2))
print(coroutine.close(co2))
print(coroutine.status(co2))
-- an error in __close during coroutine.close is returned
local co3 = coroutine.create(function()
  local z <close> = setmetatable({}, {__close = function() error("close failed", 0) end})
  coroutine.yield()
end)
coroutine.resume(co3)
print(coroutine.close(co3))
-- a coroutine that dies with an error keeps its to-be-closed variables
-- pending: they are closed (with the error object) by coroutine.close
local co4 = coroutine.create(function()
  local w <close> = C("w")
  error("died", 0)
end)
print(coroutine.resume(co4))
print(coroutine.close(co4))
