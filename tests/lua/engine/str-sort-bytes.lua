-- sorting strings with high bytes by byte value
local words = {"zeta", "Alpha", "\200high", "alpha", "\127del", "beta", "Beta", "\0nul", "~tilde", "_under"}
for i = 2, #words do
  local v, j = words[i], i - 1
  while j >= 1 and words[j] > v do words[j + 1] = words[j]; j = j - 1 end
  words[j + 1] = v
end
for i, w in ipairs(words) do print(i, string.format("%q", w)) end
