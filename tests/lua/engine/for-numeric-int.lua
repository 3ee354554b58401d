-- numeric for loops with integers
local function run(a, b, c)
  local out = {}
  if c then
    for i = a, b, c do out[#out + 1] = tostring(i) if #out > 20 then break end end
  else
    for i = a, b do out[#out + 1] = tostring(i) if #out > 20 then break end end
  end
  return #out .. ": " .. table.concat(out, " ")
end
print(run(1, 5))
print(run(5, 1))
print(run(5, 1, -1))
print(run(1, 10, 3))
print(run(10, 1, -3))
print(run(1, 1))
print(run(0, -1))
print(run(-3, 3, 2))
print(run(1, 0, 1))
print(run(1, 3, 100))
-- loop var is a copy; modifying it does not affect iteration
local count = 0
for i = 1, 5 do i = i * 10 count = count + 1 end
print(count)
-- limits are evaluated once
local lim = 3
local iters = 0
for i = 1, lim do lim = 10 iters = iters + 1 end
print(iters)
-- types of the control variable
for i = 1, 2 do print(math.type(i)) end
for i = 1, 2.5 do print(i, math.type(i)) end
for i = 1.0, 2 do print(i, math.type(i)) end
for i = 1, 2, 1.0 do print(i, math.type(i)) end
