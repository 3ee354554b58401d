-- continue idiom in nested loops with locals after the goto
local out = {}
for i = 1, 4 do
  for j = 1, 4 do
    if (i + j) % 2 == 0 then goto next_j end
    do
      local s = i .. j
      out[#out + 1] = s
    end
    ::next_j::
  end
  if i == 2 then goto next_i end
  out[#out + 1] = "|"
  ::next_i::
end
print(table.concat(out, " "))
-- goto jumping backwards out of a nested block
local count = 0
::retry::
do
  count = count + 1
  if count < 3 then
    do goto retry end
  end
end
print(count)
