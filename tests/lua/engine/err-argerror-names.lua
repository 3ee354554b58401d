-- how the function name in 'bad argument' messages is found
local t = {rep = string.rep}
print(pcall(function() return string.rep() end))
print(pcall(function() return t.rep() end))
print(pcall(function() local r = string.rep return r() end))
print(pcall(function() return ("x"):rep({}) end))
print(pcall(function() return ("x").rep() end))
print(pcall(string.rep))
print(pcall(t.rep))
myrep = string.rep
print(pcall(function() return myrep() end))
print(pcall(function() return _ENV.myrep() end))
print(pcall(setmetatable))
print(pcall(function() return setmetatable() end))
local sm = setmetatable
print(pcall(function() return sm() end))
print(pcall(function() return (setmetatable)() end))
