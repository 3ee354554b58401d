-- patterns: the pattern-matching functions: string.find (plain and with
-- captures), string.gmatch over words and numbers, string.gsub with string,
-- table and function replacements. Size: repetitions (arg[1]).
local N = 120
if arg and arg[1] then N = tonumber(arg[1]) end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
local lines = {}
for i = 1, 2000 do
  lines[i] = string.format("%s %d %s-%s key%d=%d; ", words[i % 8 + 1], i * 3, words[(i * 7) % 8 + 1],
    words[(i * 5) % 8 + 1], i % 50, i % 1000)
end
local text = table.concat(lines)
local map = { alpha = "A", beta = "B", gamma = "G" }

local check = 0
for r = 1, N do
  local count = 0
  for w in string.gmatch(text, "%a+") do count = count + #w end
  local nsum = 0
  for d in string.gmatch(text, "%d+") do nsum = (nsum + tonumber(d)) % 1000003 end
  local pairsum = 0
  for k, v in string.gmatch(text, "(%w+)=(%w+)") do pairsum = pairsum + #k + tonumber(v) end
  local t1, n1 = string.gsub(text, "a", "4")
  local t2, n2 = string.gsub(text, "%a+", map)
  local t3, n3 = string.gsub(text, "(%d+)", function(d) return #d end)
  local pos, found = 1, 0
  while true do
    local s, e = string.find(text, "key" .. (r % 50) .. "=", pos, true)
    if not s then break end
    found = found + 1
    pos = e + 1
  end
  local _, _, a, b = string.find(text, "(%a+)%-(%a+)", r * 100)
  check = (check + count + nsum + pairsum + n1 + n2 + n3 + #t1 + #t2 + #t3 + found + #a + #b) % 1000003
end
print(string.format("patterns: %d", check))
