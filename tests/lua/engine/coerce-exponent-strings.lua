-- exponent forms in strings
local cases = {"1e2", "1E2", "1e+2", "1e-2", "1.5e3", ".5e1", "5.e1", "1e", "1e+", "e1", "1e2.5", "1e400", "-1e400", "1e-400", "2E0"}
for _, s in ipairs(cases) do
  local n = tonumber(s)
  print(s, n, math.type(n))
end
print("1e2" + 1, "1e2" // 1, math.type("1e2" // 1))
