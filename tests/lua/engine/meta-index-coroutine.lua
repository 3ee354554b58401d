-- __index backed by a generator, and metamethods that resume other coroutines
local gen = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i * i) end end)
local squares = setmetatable({}, {__index = function(t, k) local v = gen() rawset(t, k, v) return v end})
print(squares.a, squares.b, squares.a, squares.c)
local worker = coroutine.create(function(x) while true do x = coroutine.yield(x + 1) end end)
local inc = setmetatable({}, {__call = function(_, v) local _, r = coroutine.resume(worker, v) return r end})
print(inc(1), inc(10), inc(100))
print(coroutine.status(worker))
