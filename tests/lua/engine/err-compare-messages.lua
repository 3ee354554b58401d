-- comparison error messages list both types
local vals = {nil, true, 1, "s", {}, print}
local names = {"nil", "true", "1", '"s"', "{}", "print"}
for i = 1, 6 do
  for j = 1, 6 do
    local a, b = vals[i], vals[j]
    local ok, e = pcall(function() return a < b end)
    if not ok then print(names[i] .. " < " .. names[j], e) end
  end
end
