local x = 1
local function f() return x end
local function g() x = 2 end
return f, g
