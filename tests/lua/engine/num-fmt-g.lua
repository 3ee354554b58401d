-- string.format %g and %5.1f-style %f
local vals = {0, 1, -1, 0.5, 100, 1e5, 1e6, 1234567, 0.0001, 0.00001, 1/3, 2^63, -2.5, 1e300, 123.456}
for _, v in ipairs(vals) do
  print(string.format("%g|%.3g|%.10g|%5.1f|%.2f|%f", v, v, v, v, v, v))
end
print(string.format("%g %g", 1/0, -1/0))
print(string.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(string.format("%.1f %.1f %.1f", 0.05, 0.15, 0.25))
