-- __lt between a table and other types
local mt = {__lt = function(a, b)
  local function v(x) if type(x) == "table" then return x.v end return x end
  return v(a) < v(b)
end, __le = function(a, b)
  local function v(x) if type(x) == "table" then return x.v end return x end
  return v(a) <= v(b)
end}
local x = setmetatable({v = 5}, mt)
print(x < 10, 10 < x, x > 3, 3 > x, x <= 5, 5 >= x, x >= 6)
print(pcall(function() return x < "str" end))
print(pcall(function() return "a" < x end))
print(pcall(function() return x < {} end))
print(pcall(function() return {} < x end))
-- string vs table with no metamethod
print(pcall(function() return "a" < {} end))
print(pcall(function() return {} < "a" end))
