-- keys come back from pairs with their normalised type
local t = {}
t[1.0] = "a"
t[2^53] = "b"
t[0.5] = "c"
t[-0.0] = "d"
local types = {}
for k in pairs(t) do types[#types + 1] = math.type(k) .. ":" .. tostring(k) end
for i = 2, #types do
  local v, j = types[i], i - 1
  while j >= 1 and types[j] > v do types[j + 1] = types[j]; j = j - 1 end
  types[j + 1] = v
end
print(table.concat(types, " "))
