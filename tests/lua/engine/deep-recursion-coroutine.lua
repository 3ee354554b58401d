-- deep recursion inside a coroutine, with a yield at the bottom
-- slow
local function f(n) if n == 0 then return coroutine.yield("bottom") end return 1 + f(n - 1) end
local co = coroutine.create(function() return f(150000) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 0))
print(coroutine.status(co))
