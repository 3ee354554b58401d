-- tonumber: plain and with bases
local cases = {"10", "  10  ", "10.5", "1e3", "0x1F", "0x1p4", "-0x10", "- 1", "1 0", "",
  " ", "abc", "0x", "1e", ".5", "5.", "0x.8", "1e+2", "+5", "++5", "inf", "nan",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x8000000000000000",
  "1" .. string.rep("0", 30), "0.1e-2", "\t7\n", "7\0"}
for i, s in ipairs(cases) do
  local v = tonumber(s)
  print(i, string.format("%q", s), v, math.type(v))
end
print(tonumber(10), tonumber(1.5), tonumber(nil), tonumber(true), tonumber({}))
print(pcall(tonumber))
