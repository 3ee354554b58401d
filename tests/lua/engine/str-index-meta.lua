-- indexing strings goes through the string metatable
local s = "abc"
print(s.rep == string.rep, s.x, ("a").rep == string.rep)
print(s:rep(2), ("%d"):rep(2), ("x"):rep(3, "y"))
local mt = getmetatable("")
local old = mt.__index
mt.__index = function(str, k) return "idx:" .. str .. ":" .. tostring(k) end
print(s.foo, s[1], ("q")[true])
mt.__index = {shout = function(self) return self .. "!" end}
print(s:shout(), ("hey"):shout())
mt.__index = old
print(s:rep(2), pcall(function() return s:shout() end))
