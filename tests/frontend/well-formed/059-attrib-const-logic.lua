local a <const> = not nil
local b <const> = not 1
local c <const> = 1 and 2
local d <const> = nil or "x"
local e <const> = false and 1
local f <const> = 1 or g()
local h <const> = nil and 1
print(a, b, c, d, e, f, h)
