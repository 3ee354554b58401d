-- Randomised patterns and subjects (a fixed LCG, so the cases are the same
-- in every engine): find, match, gsub and gmatch, errors included

local seed = 20240601
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end
local atoms = {'a', 'b', 'c', '.', '%a', '%d', '%s', '%w', '%A', '%S', '[ab]', '[^a]', '[a-c]',
  '[%a_]', '[]a]', '[^]]', '%%', '%.', 'x', '(', ')', '()', '%1', '%2', '%b()', '%bab',
  '%f[%a]', '%f[%W]', '%f[a]', '$', '^', '[', '%', '-', '*', '+', '?', '%z', '\0', '[%z]',
  '\200', '[\128-\255]', '%c', '%p', '%x', '%u', '%l', '%g', '[a-]', '[-a]'}
local quants = {'', '', '', '*', '+', '-', '?'}
local chars = {'a', 'b', 'c', ' ', '(', ')', '1', '_', 'x', '\0', '\200', '.', '%', ']', '-'}
local function mkpat()
  local t = {}
  for _ = 1, rnd(8) do t[#t + 1] = atoms[rnd(#atoms)] .. quants[rnd(#quants)] end
  return table.concat(t)
end
local function mksubj()
  local t = {}
  for _ = 1, rnd(20) - 1 do t[#t + 1] = chars[rnd(#chars)] end
  return table.concat(t)
end
local function show(ok, ...)
  local t = {tostring(ok)}
  for i = 1, select('#', ...) do t[#t + 1] = tostring((select(i, ...))) end
  return table.concat(t, ' ')
end
local repls = {'%0', '<%1>', '%2', 'x%%y', '', '%', '%a'}
for i = 1, 600 do
  local p, s = mkpat(), mksubj()
  local init = rnd(8) - 4
  print(i, string.format('%q %q %d', p, s, init))
  print(' find', show(pcall(string.find, s, p, init)))
  print(' match', show(pcall(string.match, s, p)))
  print(' gsub', show(pcall(string.gsub, s, p, repls[rnd(#repls)], rnd(4) - 1)))
  print(' gsubf', show(pcall(string.gsub, s, p, function(...) return select('#', ...) .. (...) end)))
  local ok, it = pcall(string.gmatch, s, p, init)
  local out = {}
  if ok then
    for _ = 1, 20 do
      local r = table.pack(pcall(it))
      if not r[1] then
        out[#out + 1] = 'E:' .. tostring(r[2])
        break
      end
      if r[2] == nil then break end
      out[#out + 1] = tostring(r[2]) .. '/' .. tostring(r[3])
    end
  end
  print(' gmatch', table.concat(out, ','))
end
