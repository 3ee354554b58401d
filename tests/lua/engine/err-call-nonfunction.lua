-- calling values that are not functions
local values = {nil, true, 1, 1.5, "s", {}, coroutine.create(print)}
for i = 1, 7 do
  local v = values[i]
  print(pcall(function() return v() end))
end
local t = {}
print(pcall(function() t.a.b() end))
print(pcall(function() t:nomethod() end))
print(pcall(function() local s = "x" s() end))
print(pcall(function() (nil)() end))
print(pcall(function() return ({})() end))
print(pcall(function() return (1)() end))
print(pcall(function() return ("x")() end))
print(pcall(function() return t[1]() end))
print(pcall(function() return t.x.y.z() end))
print(pcall(function() local f = {} f.g = 1 f.g() end))
