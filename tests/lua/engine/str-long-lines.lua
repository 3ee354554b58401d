-- line counting through long strings, comments and escapes
local a = [[
1
2
3]]
local b = "x\
y\
z"
--[[
comment
lines
]]
local ok, e = pcall(error, "marker")
print(pcall(function() error("line check") end))
print(#a, #b)
