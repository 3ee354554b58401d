-- int/float comparisons near 2^53, 2^63 and -2^63
local M, m = math.maxinteger, math.mininteger
local ints = {M, M - 1, m, m + 1, (1 << 53), (1 << 53) + 1, -(1 << 53) - 1, 0, -1}
local floats = {2^63, -2^63, 2^53, 2^53 + 2, -2^53, 2^62, 0.5, -0.5, 9.2233720368547748e18, -9.2233720368547758e18, 1/0, -1/0}
for _, i in ipairs(ints) do
  local row = {}
  for _, f in ipairs(floats) do
    local s = (i < f and "<" or "") .. (i <= f and "<=" or "") .. (i == f and "=" or "") .. (i > f and ">" or "") .. (i >= f and ">=" or "")
    row[#row + 1] = s
  end
  print(i, table.concat(row, " "))
end
for _, f in ipairs(floats) do
  local row = {}
  for _, i in ipairs(ints) do
    row[#row + 1] = (f < i and "<" or "") .. (f <= i and "<=" or "") .. (f == i and "=" or "")
  end
  print(f, table.concat(row, " "))
end
