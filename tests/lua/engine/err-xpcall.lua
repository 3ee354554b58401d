-- xpcall with message handlers
local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("boom") end, handler))
print(xpcall(function() error("boom", 0) end, handler))
print(xpcall(function() error({1}) end, function(e) return type(e), e[1] end))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function() local x = nil; return x.y end, handler))
print(xpcall(function() error() end, function(e) return "nil error: " .. tostring(e) end))
-- the handler gets the original error object
local obj = {}
print(xpcall(function() error(obj) end, function(e) return e == obj end))
-- handler returning multiple values: only the first is kept
print(xpcall(function() error("m") end, function(e) return 1, 2, 3 end))
-- handler returning nothing
print(xpcall(function() error("m") end, function(e) end))
print(pcall(xpcall))
print(pcall(xpcall, print))
print(xpcall(error, handler, "direct", 0))
