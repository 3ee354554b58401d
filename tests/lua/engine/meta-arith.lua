-- arithmetic metamethods
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
local function val(v) if type(v) == "table" then return v.x end return v end
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow", "idiv"}) do
  mt["__" .. op] = function(a, b) return op .. "(" .. tostring(val(a)) .. "," .. tostring(val(b)) .. ")" end
end
mt.__unm = function(a, b) return "unm(" .. val(a) .. "," .. tostring(val(b)) .. ")" end
local a, b = V(1), V(2)
print(a + b, a - b, a * b, a / b, a % b, a ^ b, a // b)
print(a + 1, 1 + a, a - "s", "s" - a, 2.5 * a, a / 0, 0 // a)
print(-a, -V(-5))
-- the left operand's metamethod wins, then the right's
local L = setmetatable({}, {__add = function() return "left" end})
local R = setmetatable({}, {__add = function() return "right" end})
print(L + R, R + L, L + 1, 1 + R)
-- numbers strings whose conversion fails fall to metamethods
print("abc" + a, a + "abc")
