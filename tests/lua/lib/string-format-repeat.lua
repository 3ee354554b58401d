-- the same format used many times (parsed once), with its errors in
-- lstrlib's order, and %f rounding near ties at every precision
local fmt = "%d:%s=%.2f|%5.1f|%-6x|%c|%q"
for i = 1, 3 do
  print(string.format(fmt, i, "item", i / 7, -i * 1.25, i * 255, 64 + i, "a\nb"))
end
for i = 1, 2 do
  print(pcall(string.format, fmt, 1, "x"))
  print(pcall(string.format, fmt, 1, "x", "nope"))
  print(pcall(string.format, fmt, 1, {}, 2.5))
  print(pcall(string.format, "%d", 1.5))
  print(pcall(string.format, "%10.3q", 1))
  print(pcall(string.format, "%5s|%.1s", "abc", "xyz"))
  print(pcall(string.format, "%y", 1))
  print(pcall(string.format, "%", 1))
  print(pcall(string.format, "%123d", 1))
end
local xs = {0.125, 0.375, 2.5, 3.5, 1.005, 2.675, 1e15 + 0.5, 123456.785, 0.045, 1/3, 2/3,
  0.5, 1.5, 9.995, 99.995, 1e-7, 4503599627370495.5, 8.5e-3}
for _, x in ipairs(xs) do
  local row = {}
  for p = 0, 8 do row[#row + 1] = string.format("%." .. p .. "f", x) end
  row[#row + 1] = string.format("%.15f", x)
  row[#row + 1] = string.format("%.20f", -x)
  print(table.concat(row, " "))
end
print(string.format("%5.2f|%-8.3f|%+.1f|% .0f|%#.0f|%08.2f", 3.14159, 2.5, 0.05, 0.5, 1.5, -1.005))
