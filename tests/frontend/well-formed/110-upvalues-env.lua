local function f() return print end
local function g() return function() return x end end
