-- metamethods can return any type, and results can chain into more metamethods
local V
local mt = {}
mt.__add = function(a, b)
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return V(x + y)
end
mt.__mul = function(a, b) return V((type(a) == "table" and a.v or a) * (type(b) == "table" and b.v or b)) end
mt.__tostring = function(s) return "V(" .. s.v .. ")" end
mt.__eq = function(a, b) return a.v == b.v end
function V(v) return setmetatable({v = v}, mt) end
local r = V(1) + 2 + V(3) * 4 + 5
print(tostring(r), r == V(20), r == V(21))
local s = 1 + V(1)
for i = 1, 5 do s = s + s end
print(tostring(s))
