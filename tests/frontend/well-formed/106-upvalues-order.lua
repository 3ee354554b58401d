local a, b, c = 1, 2, 3
local function f() return c, a, b, c, a end
