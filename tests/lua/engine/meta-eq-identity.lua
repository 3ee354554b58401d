-- __eq is not called when both operands are the same object
local calls = 0
local mt = {__eq = function() calls = calls + 1 return false end}
local a = setmetatable({}, mt)
print(a == a, a ~= a, calls)
local b = setmetatable({}, mt)
print(a == b, calls)
-- functions, strings, numbers never call __eq
print(print == print, "x" == "x", 1 == 1.0, calls)
-- coroutines and functions compared by identity
local f1 = function() end
print(f1 == f1, f1 == function() end)
