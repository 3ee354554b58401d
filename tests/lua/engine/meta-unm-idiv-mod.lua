-- __unm, __idiv, __mod, __div, __pow receive operands in order
local log = {}
local mt = {}
for _, e in ipairs({"__unm", "__idiv", "__mod", "__div", "__pow", "__sub"}) do
  mt[e] = function(a, b)
    local function n(x) return type(x) == "table" and x.n or tostring(x) end
    log[#log + 1] = e .. "(" .. n(a) .. "," .. n(b) .. ")"
    return #log
  end
end
local x = setmetatable({n = "x"}, mt)
local y = setmetatable({n = "y"}, mt)
print(-x, x // y, 7 // x, x % 2, 2 % x, x / y, x ^ 2, 2 ^ x, x - y, 0 - x)
for _, l in ipairs(log) do print(l) end
-- the metamethod result is not adjusted: any value type passes through
local r = setmetatable({}, {__unm = function() return nil end, __mod = function() return false end})
print(-r, r % 1)
local multi = setmetatable({}, {__unm = function() return 1, 2, 3 end})
print(-multi)
