local x = 1
local y, z = 2, 3
local w
print(x, y, z, w)
