local x <const> = 10
local y <const> = "str"
local z <const> = nil
local b <const> = true
print(x, y, z, b)
