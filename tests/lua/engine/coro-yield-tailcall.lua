-- yields from tail-called functions and wraps ending in tail calls
local function leaf(x) return coroutine.yield(x) end
local function mid(x) return leaf(x + 1) end
local co = coroutine.create(function(x) return mid(x * 10) end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, "back"))
print(coroutine.status(co))
local function count(n) if n == 0 then return "done" end if n % 3 == 0 then coroutine.yield(n) end return count(n - 1) end
local w = coroutine.wrap(count)
print(w(10), w(), w(), w())
