-- constants and constant expressions keep exact semantics
local a <const> = 10
local b <const> = 3
local f <const> = 2.0
print(a // b, a % b, a / b, a ^ 2, a // f, -a, ~a, a << 60, a >> 1)
local big <const> = math.maxinteger
print(big + 1, big * 2, -big - 1)
local s <const> = "str"
print(s .. a, #s, s .. f)
local neg <const> = -0.0
print(neg, 1 / neg, neg == 0)
local z <const> = 0
print(pcall(function() return a // z end))
print(pcall(function() return a % z end))
print(a / z, -a / z)
local nanc <const> = 0 / 0
print(nanc ~= nanc)
local h <const> = 0x7fffffffffffffff
print(h + 1 == math.mininteger)
