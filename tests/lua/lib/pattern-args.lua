-- Argument checking of the pattern functions

local function try(f)
  print(pcall(f))
end

try(function() return string.find() end)
try(function() return string.find('a') end)
try(function() return string.find(nil, 'a') end)
try(function() return string.find('a', {}) end)
try(function() return string.find('a', 'a', 'x') end)
try(function() return string.find('a', 'a', 1.5) end)
try(function() return string.find('a', 'a', {}) end)
try(function() return string.match() end)
try(function() return string.match('a', nil) end)
try(function() return string.match('a', 'a', 'x') end)
try(function() return string.gmatch() end)
try(function() return string.gmatch('a') end)
try(function() return string.gmatch('a', 'a', 2.5) end)
try(function() return string.gsub() end)
try(function() return string.gsub('a') end)
try(function() return string.gsub('a', 'a') end)
try(function() return string.gsub('a', 'a', nil) end)
try(function() return string.gsub('a', 'a', true) end)
try(function() return string.gsub('a', 'a', print, 'x') end)
try(function() return string.gsub('a', 'a', true, 'x') end)
try(function() return string.gsub('a', 'a', 'b', 1.5) end)
try(function() return string.gsub('a', 'a', setmetatable({}, {__name = 'MyType'})) end)
try(function() return string.gsub('a', 'a', coroutine.create(print)) end)

-- method calls
try(function() return ('abc'):find({}) end)
try(function() return ('abc'):match() end)
try(function() return ('abc'):gsub('b') end)
try(function() return ('abc'):gmatch() end)
try(function() local s = 'abc' return s.find() end)

-- numbers are accepted as strings
print(string.find(12345, 34))
print(string.match(3.25, '%d+'))
print(string.gsub(100, 0, 1))
print(string.find('a1.5b', 1.5, 1, true))
print(string.find('a1.5b', 1.5))

-- through local aliases
local find = string.find
try(function() return find(nil) end)
local t = {f = string.gsub}
try(function() return t.f('a', 'a') end)
