a, b, c = f()
local x, y = (f())
