local function f() return _ENV end
local function g() _ENV = {} end
