-- math.tointeger and math.type on many values
local vals = {0, -0.0, 1.0, -1.0, 1.5, 2^53, 2^63, -2^63, 2^62, 1e100, -1e100, 1/0, -1/0,
  math.maxinteger, math.mininteger, "10", "10.0", "x", true}
for i, v in ipairs(vals) do
  print(i, tostring(v), math.type(v), math.tointeger(v))
end
print(math.tointeger(0/0))
