-- shift amounts: negative shifts go the other way; |n| >= 64 gives 0
local vals = {1, -1, 0x7f, math.mininteger, math.maxinteger}
local shifts = {0, 1, 31, 32, 63, 64, 65, -1, -63, -64, -65, math.mininteger, math.maxinteger}
for _, v in ipairs(vals) do
  local l, r = {}, {}
  for _, s in ipairs(shifts) do
    l[#l + 1] = tostring(v << s)
    r[#r + 1] = tostring(v >> s)
  end
  print(v, "<<", table.concat(l, " "))
  print(v, ">>", table.concat(r, " "))
end
