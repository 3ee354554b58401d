-- break leaves only the innermost loop
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    out[#out + 1] = i .. j
  end
  local k = 0
  while true do
    k = k + 1
    if k > i then break end
    out[#out + 1] = "w" .. k
  end
  repeat
    if i == 2 then break end
    out[#out + 1] = "r" .. i
  until true
end
print(table.concat(out, " "))
-- break as the last statement and in nested ifs
local n = 0
while true do
  n = n + 1
  if n > 2 then
    if n == 3 then
      break
    end
  end
end
print(n)
for i in pairs({1, 2, 3}) do if i == 2 then break end n = n + 10 end
print(n)
