-- tak: Takeuchi's function, repeated. Three-argument calls, comparisons.
-- Size: repetitions (arg[1]).
local N = 800
if arg and arg[1] then N = tonumber(arg[1]) end

local function tak(x, y, z)
  if y >= x then return z end
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

local sum = 0
for i = 1, N do
  sum = sum + tak(18 + i % 2, 12, 6)
end
print(string.format("tak: %d", sum))
