-- strings: string building: repeated .. concatenation, table.concat of many
-- parts, string.format with %d/%s/%.2f, string.rep, string.sub and
-- string.byte to check the results. Size: repetitions (arg[1]).
local N = 80
if arg and arg[1] then N = tonumber(arg[1]) end

local function digest(s, acc)
  acc = (acc + #s) % 1000003
  for i = 1, #s, 97 do acc = (acc * 31 + string.byte(s, i)) % 1000003 end
  return acc
end

local check = 0
for r = 1, N do
  -- .. in a loop (quadratic copying kept small by restarting the string)
  local s = ""
  for i = 1, 20000 do
    s = s .. string.char(97 + (i + r) % 26)
    if #s >= 500 then
      check = digest(s, check)
      s = ""
    end
  end
  -- table.concat of formatted parts
  local parts = {}
  for i = 1, 20000 do
    parts[#parts + 1] = string.format("%d:%s=%.2f", i, "item", i / 7)
  end
  local joined = table.concat(parts, ",")
  check = digest(joined, check)
  -- string.rep and string.sub
  local rep = string.rep("abc", 1000 + r, "-")
  check = digest(rep, check)
  local pieces = {}
  for i = 1, #rep - 10, 37 do
    table.insert(pieces, string.sub(rep, i, i + 9))
  end
  check = digest(table.concat(pieces), check)
end
print(string.format("strings: %d", check))
