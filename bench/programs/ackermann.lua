-- ackermann: Ackermann's function A(3, n), repeated. Deep non-tail recursion
-- (depth about 2^(n+3)) with many short calls. Size: repetitions (arg[1]).
local N = 48
if arg and arg[1] then N = tonumber(arg[1]) end

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end

local sum = 0
for i = 1, N do
  sum = sum + ack(3, 6 + i % 3)
end
print(string.format("ackermann: %d", sum))
