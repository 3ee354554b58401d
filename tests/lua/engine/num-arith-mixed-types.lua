-- result subtypes of mixed arithmetic
local ops = {
  {"+", function(a, b) return a + b end}, {"-", function(a, b) return a - b end},
  {"*", function(a, b) return a * b end}, {"/", function(a, b) return a / b end},
  {"//", function(a, b) return a // b end}, {"%", function(a, b) return a % b end},
  {"^", function(a, b) return a ^ b end},
}
local pairs_ = {{7, 2}, {7, 2.0}, {7.0, 2}, {-7, 2}, {7, -2}, {6, 3}, {"7", 2}, {"7.0", "2"}}
for _, op in ipairs(ops) do
  local row = {}
  for _, p in ipairs(pairs_) do
    local r = op[2](p[1], p[2])
    row[#row + 1] = tostring(r) .. (math.type(r) == "integer" and "i" or "f")
  end
  print(op[1], table.concat(row, " "))
end
