local function a() return end
local function b() return; end
local function c() return 1, 2, 3 end
local function d() return f() end
local function e() return (f()) end
local function g(...) return ... end
return a, b, c
