-- coroutine.running
local main, ismain = coroutine.running()
print(type(main), ismain)
local co
co = coroutine.create(function()
  local me, im = coroutine.running()
  print(me == co, im, type(me))
  local inner = coroutine.wrap(function()
    local me2, im2 = coroutine.running()
    print(me2 == co, me2 == main, im2)
  end)
  inner()
end)
coroutine.resume(co)
local again, ismain2 = coroutine.running()
print(again == main, ismain2)
print(coroutine.status(main), coroutine.isyieldable())
-- the running coroutine object can be stored and resumed later
local saved
local w = coroutine.create(function()
  saved = coroutine.running()
  coroutine.yield("first")
  return "second"
end)
print(coroutine.resume(w))
print(saved == w, coroutine.status(saved))
print(coroutine.resume(saved))
