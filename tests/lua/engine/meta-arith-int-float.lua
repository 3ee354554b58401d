-- metamethods are only used when an operand is not a number (or numeric string)
local called = 0
local mt = {__add = function() called = called + 1 return "meta" end}
local smt = getmetatable("")
print(1 + 2, 1.5 + 2, "1" + 2, called)
local t = setmetatable({}, mt)
print(t + 1, 1 + t, called)
-- numbers never look at metatables
print(pcall(function() return 1 + nil end))
-- a numeric string with a table uses the table's metamethod via the string library
print("10" + t, t + "10", called)
