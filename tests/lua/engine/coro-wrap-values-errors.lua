-- coroutine.wrap returns all values and rethrows non-string errors untouched
local w = coroutine.wrap(function(...) coroutine.yield(...) return nil, nil end)
print(select('#', w(1, 2, 3)))
print(select('#', w()))
local e = {}
local w2 = coroutine.wrap(function() error(e) end)
local ok, got = pcall(w2)
print(ok, got == e)
local w3 = coroutine.wrap(function() error(12) end)
print(pcall(w3))
local w4 = coroutine.wrap(function() error() end)
print(pcall(w4))
