-- floor division and modulo: the result takes the sign of the divisor
for _, a in ipairs({7, -7, 6, -6, 0, 1, -1}) do
  local row = {}
  for _, b in ipairs({3, -3, 2, -2, 1, -1, 7}) do
    row[#row + 1] = (a // b) .. "," .. (a % b)
  end
  print(a, table.concat(row, " "))
end
for _, a in ipairs({7.0, -7.0, 5.5, -5.5, 0.0, -0.0}) do
  local row = {}
  for _, b in ipairs({3, -3, 2, -2, 0.5}) do
    row[#row + 1] = (a // b) .. "," .. (a % b)
  end
  print(a, table.concat(row, " "))
end
print(3 % -2, -3 % 2, 3.0 % -2, -3.0 % 2, 5.5 % -2, -5.5 % 2)
print(5 % 2.5, -5 % 2.5, 5 % -2.5, 0 % 5, 0 % -5, -0.0 % 5, 0.0 % -5)
print(math.maxinteger // 2, math.mininteger // 2, math.mininteger // 3, math.mininteger % 3)
print(math.maxinteger % -2, math.mininteger % 2, math.mininteger % -3, math.maxinteger // -3)
