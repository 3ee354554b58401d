-- __lt and __le (see meta-le-lt-fallback.lua for __le without __le)
local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
local function N(v) return setmetatable({v = v}, mt) end
local a, b = N(1), N(2)
print(a < b, b < a, a > b, b > a)
mt.__le = function(a, b) return a.v <= b.v end
print(a <= b, b <= a, a >= b, b >= a, a <= a)
-- mixed operands
local W = setmetatable({}, {__lt = function(x, y) return type(x) .. "<" .. type(y) end,
                            __le = function(x, y) return 0 end})
print(W < 1, 1 < W, W > 1, "s" < W, W <= 1, 1 >= W)
print(pcall(function() return W < nil end))
-- results converted to boolean
local F = setmetatable({}, {__lt = function() return nil end, __le = function() return false end})
print(F < F, F <= F, F > F, not (F < F))
-- errors without metamethods
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= {} end))
print(pcall(function() return 1 < {} end))
print(pcall(function() return {} >= 1 end))
print(pcall(function() return "a" < 1 end))
print(pcall(function() local x return x < 1 end))
print(pcall(function() return 1 <= nil end))
