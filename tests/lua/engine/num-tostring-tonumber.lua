-- tostring/tonumber round trips
local vals = {0, 1, -1, 0.5, -0.5, 1e15, 1e16, 2^53, 1/3, 100.0, -0.0,
  math.maxinteger, math.mininteger, 3.14, 1e-7, 2^63, 255, -1e100}
for _, v in ipairs(vals) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back, math.type(back), back == v)
end
