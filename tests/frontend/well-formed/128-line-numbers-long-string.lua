local s = [[
line
line]] .. x
local t = f [[
]]
return s
