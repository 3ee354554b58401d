-- numeric for loops with floats
local out = {}
for x = 0, 1, 0.1 do out[#out + 1] = tostring(x) end
print(#out, table.concat(out, " "))
out = {}
for x = 1, 0, -0.25 do out[#out + 1] = x end
print(table.concat(out, " "))
out = {}
for x = 0.5, 3 do out[#out + 1] = x end
print(table.concat(out, " "))
local n = 0
for x = 0, 1e-9, 1e-10 do n = n + 1 end
print(n)
n = 0
for x = 1, math.huge do n = n + 1 if n == 5 then break end end
print(n)
n = 0
for x = -1, -math.huge, -1 do n = n + 1 if n == 3 then break end end
print(n)
n = 0
for x = 1, 0/0 do n = n + 1 end
print(n)
for x = -0.5, 0.5, 0.5 do print(x) end
for x = 2^53 - 2, 2^53 - 1 do print(x) end
n = 0
for x = 0.1, 0.35, 0.1 do n = n + 1 end
print(n)
