-- <const> locals
local x <const> = 10
local s <const> = "str"
local t <const> = {1, 2}
t[1] = 100
print(x, s, t[1])
local function f() return x * 2 end
print(f())
print(load("local c <const> = 1; c = 2"))
print(load("local c <const> = 1; local function g() c = 3 end"))
print(load("local a, b <const> = 1, 2; b = 3"))
print(load("local a <const>, b = 1, 2; b = 3") ~= nil)
print(load("local a <foo> = 1"))
print(load("local a <close>, b <close> = 1, 2"))
print(load("local a <const> = 1; local a = 2; a = 3") ~= nil)
local n <const> = nil
print(n)
local big <const> = math.maxinteger
print(big + 1)
local fl <const> = 2^53
print(fl)
-- constant folding does not change semantics
local z <const> = 0
print(pcall(function() return 1 // z end))
print(1 / z, -1 / z)
