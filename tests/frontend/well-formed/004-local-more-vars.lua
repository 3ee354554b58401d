local a, b, c = 1
local d = 1, 2, 3
local e, f = g()
