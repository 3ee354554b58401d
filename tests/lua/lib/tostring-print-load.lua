-- tostring, print and load: errors of __tostring and of load's reader.
local t = setmetatable({}, {__tostring = function() return {} end})
print(pcall(tostring, t))
print(pcall(print, t))
print(pcall(string.format, "%s", t))
local u = setmetatable({}, {__tostring = function() error("boom") end})
print(pcall(tostring, u))
-- print writes the pieces before the failing one
print(pcall(print, 1, 2, u))
print(pcall(print, u))
local v = setmetatable({}, {__tostring = 42})
print(pcall(tostring, v))
local c = setmetatable({}, {__tostring = setmetatable({}, {__call = function(_, o) return "called" end})})
print(tostring(c))
local w = setmetatable({}, {__tostring = function() return 12 end})
print(tostring(w), math.type(tostring(w)))
print(setmetatable({}, {__tostring = function() return 1.5 end}))
print(setmetatable({}, {__name = "MyType"}) ~= nil, (tostring(setmetatable({}, {__name = "MyType"})):gsub("0x%x+", "ADDR")))
-- reader functions
print(pcall(load, function() error("rd") end))
local e0 = {}
print(select(3, pcall(load, function() error(e0) end)) == e0)
print(pcall(load, function() return {} end))
print(pcall(load, function() return true end))
local pieces = {"return ", 4, "2", " + 0"}
local i = 0
print(load(function() i = i + 1 return pieces[i] end)())
i = 0
print(load(function() i = i + 1 if i == 2 then return "" end return "return 7" end)())
local once = false
print(pcall(load, function() if once then return nil end once = true return "x =" end, "=reader"))
-- the mode is checked on the first piece: the reader is not called again
local calls = 0
print(load(function() calls = calls + 1 if calls > 1 then error("read on") end return "\27Lua" end, "bin", "t"))
print(calls)
print(type(load(function() return nil end)), load(function() return nil end)())
print(pcall(load, 42))
print(pcall(load, {}))
print(pcall(load, function() return "\27Lua" end, "bin", "t"))
print(pcall(load, function() local s = "return 1" local d = false return (function() if d then return nil end d = true return s end)() end, "m", "b"))
-- __tostring recursion ends in an error, not a crash
local r = setmetatable({}, {})
getmetatable(r).__tostring = function(o) return tostring(o) end
local ok, e = pcall(tostring, r)
print(ok, (string.gsub(e, "^.-:%d+: ", "")))
