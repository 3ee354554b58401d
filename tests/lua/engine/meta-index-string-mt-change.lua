-- adding methods to the string metatable's __index table
local smt = getmetatable("")
local idx = smt.__index
idx.shout = function(s) return s .. "!" end
print(("hi"):shout(), ("x"):rep(2):shout())
idx.shout = nil
print(pcall(function() return ("hi"):shout() end))
-- numbers have no metatable
print(getmetatable(1), pcall(function() return (1):foo() end))
