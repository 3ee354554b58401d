-- a yield deep inside metamethods calling other metamethods
local inner = setmetatable({}, {__add = function(a, b) return coroutine.yield("inside __add") end})
local outer = setmetatable({}, {__index = function(t, k) return inner + k end})
local wrapper = setmetatable({}, {__call = function(self, k) return outer[k] .. "!" end})
local co = coroutine.wrap(function() return "result: " .. wrapper("key") end)
print(co())
print(co("resumed"))
