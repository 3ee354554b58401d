-- __concat is called when one operand is not a string or number
local mt = {__concat = function(a, b)
  local function show(x) if type(x) == "table" then return "T" end return type(x) .. ":" .. tostring(x) end
  return show(a) .. "|" .. show(b)
end}
local t = setmetatable({}, mt)
print(t .. 1, 1 .. t, t .. 1.5, 2.5 .. t, t .. "s", "s" .. t, t .. t)
print(t .. true, nil .. t, t .. nil)
-- in a chain, numbers are converted pairwise before reaching the metamethod
print(1 .. 2 .. t)
print(t .. 1 .. 2)
print("a" .. 1 .. t .. 2 .. "b")
