-- loops_float: floating-point arithmetic in loops: a float-stepped for loop,
-- series and a polynomial evaluated by Horner's rule. Size: scale (arg[1]).
local N = 700
if arg and arg[1] then N = tonumber(arg[1]) end

local s1, s2, s3 = 0.0, 0.0, 0.0
for k = 1, N do
  local x = 0.0
  for t = 0.0, 1.0, 1.0 / 20000 do
    s1 = s1 + 1.0 / (1.0 + t * t)
    x = x + 0.5
    s2 = s2 + ((((0.5 * t - 1.25) * t + 2.0) * t - 0.75) * t + x) / x
  end
  s3 = s3 + (k % 2 == 0 and 1.0 or -1.0) / (2 * k - 1)
end
print(string.format("loops_float: %.6f %.6f %.9f", s1, s2, s3))
