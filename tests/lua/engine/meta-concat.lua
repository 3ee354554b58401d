-- __concat in chains and with strings and numbers
local mt = {}
mt.__concat = function(a, b)
  local function s(x) if type(x) == "table" then return "<" .. x.n .. ">" end return tostring(x) end
  return setmetatable({n = s(a) .. "+" .. s(b)}, mt)
end
local function O(n) return setmetatable({n = n}, mt) end
local a, b, c = O("a"), O("b"), O("c")
print((a .. b).n)
print((a .. "s").n, ("s" .. a).n, (1 .. a).n, (a .. 2.5).n)
print((a .. b .. c).n)
print(("x" .. "y" .. a).n)
print((a .. "x" .. "y").n)
print(("p" .. a .. "q" .. b).n)
-- __concat returning a plain string
local S = setmetatable({}, {__concat = function(x, y) return "S" end})
print("a" .. "b" .. S .. "c" .. "d")
print(S .. S, 1 .. S, S .. nil)
print(pcall(function() return "a" .. {} .. S end))
print(pcall(function() return {} .. "a" .. "b" end))
