-- only nil and false are false
local vals = {nil, false, true, 0, 0.0, -0.0, "", "0", "false", {}, print}
for i = 1, 11 do
  local v = vals[i]
  print(i, type(v), not v, not not v, v and "T" or "F")
end
