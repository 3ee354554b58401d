-- error messages for globals
print(pcall(function() undefinedfn() end))
print(pcall(function() return undefinedtbl.x end))
print(pcall(function() undefinedtbl.x = 1 end))
print(pcall(function() local _ENV = {} print("x") end))
print(pcall(function() local _ENV = nil return x end))
print(pcall(function() local _ENV = 5 y = 1 end))
local G = _ENV
local _ENV = setmetatable({}, {__index = G})
print(pcall(function() return nope + 1 end))
print(pcall(function() nope2() end))
