-- __eq with different metatables: first operand's metamethod, else second's
local function mk(tag, res) return setmetatable({}, {__eq = function(a, b) print("eq called from", tag) return res end}) end
local a, b = mk("a", true), mk("b", false)
print(a == b)
print(b == a)
local plain = {}
print(a == plain)
print(plain == a)
print(a ~= b, b ~= a)
local nomm = setmetatable({}, {})
print(nomm == a, a == nomm)
print(nomm == setmetatable({}, {}))
