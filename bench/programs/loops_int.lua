-- loops_int: integer arithmetic in numeric for loops (+, -, *, %, comparisons).
-- Values stay below 2^31 so that engines with 32-bit integers agree.
-- Size: outer iterations (arg[1]).
local N = 3500
if arg and arg[1] then N = tonumber(arg[1]) end

local acc, odd = 0, 0
for i = 1, N do
  local a = i % 1000
  for j = 1, 10000 do
    local b = (j * 7 + a) % 1013
    acc = (acc + a * b - j) % 1000003
    if b > 500 then odd = odd + 1 end
  end
end
print(string.format("loops_int: %d %d", acc, odd))
