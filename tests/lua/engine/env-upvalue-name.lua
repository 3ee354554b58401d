-- messages name _ENV as an upvalue or local depending on how it was declared
print(pcall(load("return x.y", "=chunk")))
local f = load("local _ENV = {} return x.y", "=chunk2")
print(pcall(f))
local function g() local _ENV = {} return x.y end
print(pcall(g))
local _ENV = {print = print, pcall = pcall, load = load}
local function h() return zz.y end
print(pcall(h))
print(pcall(function() _ENV = nil return a end))
