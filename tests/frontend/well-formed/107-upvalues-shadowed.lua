local x = 1
local x = 2
local function f() return x end
local x = 3
local function g() return x end
