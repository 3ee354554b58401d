-- infinite recursion is caught as a "stack overflow" error
-- slow
-- (lua5.4 reports "stack overflow" for Lua frames and "C stack overflow"
-- when C frames such as metamethod calls pile up; either is accepted here)
local function isoverflow(e, line)
  if type(e) ~= "string" then return false end
  local p = "deep-stack-overflow.lua:" .. line .. ": "
  return e == p .. "stack overflow" or e == p .. "C stack overflow"
end
local function inf(n) return 1 + inf(n + 1) end
local ok, e = pcall(inf, 1)
print(ok, isoverflow(e, 10))
-- recovery: normal calls work afterwards
local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end
print(f(1000))
-- overflow inside a coroutine
local co = coroutine.create(function() return inf(1) end)
local ok2, e2 = coroutine.resume(co)
print(ok2, isoverflow(e2, 10), coroutine.status(co))
-- overflow through a metamethod
local mt = {}
mt.__index = function(t, k) return t[k .. "x"] end
local obj = setmetatable({}, mt)
local ok3, e3 = pcall(function() return obj.a end)
print(ok3, isoverflow(e3, 22))
-- overflow with xpcall and a handler
print(xpcall(inf, function(m) return "handled: " .. tostring(isoverflow(m, 10)) end, 1))
-- overflow building a table constructor and through __call
local function inf2() local x = {inf2()} return x end
local ok4, e4 = pcall(inf2)
print(ok4, isoverflow(e4, 29))
local callable = setmetatable({}, {__call = function(self) return 1 + self() end})
local ok5, e5 = pcall(callable)
print(ok5, isoverflow(e5, 32))
-- the program continues normally
print(f(100), select('#', pcall(inf, 1)))
