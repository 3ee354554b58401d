-- Byte strings: embedded zeros and bytes >= 128 in subjects and patterns

local function hex(s)
  if s == nil then return 'nil' end
  if type(s) ~= 'string' then return tostring(s) end
  local digits = '0123456789ABCDEF'
  local t = {}
  for i = 1, #s do
    local b = string.byte(s, i)
    t[#t + 1] = digits:sub(b // 16 + 1, b // 16 + 1) .. digits:sub(b % 16 + 1, b % 16 + 1)
  end
  return table.concat(t)
end

local function show(...)
  local t = {}
  for i = 1, select('#', ...) do t[#t + 1] = hex((select(i, ...))) end
  print(table.concat(t, ' '))
end

local s = 'a\0b\0\0c\255\128d'
show(string.find(s, '\0'))
show(string.find(s, '\0', 3))
show(string.find(s, '\0\0'))
show(string.find(s, '%z+'))
show(string.find(s, '[%z]+'))
show(string.find(s, '[\0-\1]+'))
show(string.find(s, '\255'))
show(string.find(s, '[\128-\255]+'))
show(string.find(s, '\0', 1, true))
show(string.find(s, 'b\0', 1, true))
show(string.match(s, '(%Z+)'))
show(string.match(s, '%a+', 7))
show(string.match(s, '[^%z]+$'))
show(string.match(s, '.-\255'))
show(string.match(s, '\0(.)\0'))
show(string.gsub(s, '%z', '<0>'))
show(string.gsub(s, '[\128-\255]', '?'))
show(string.gsub(s, '%W', '.'))
show(string.gsub(s, '%c', '#'))
show(string.gsub(s, '%p', '#'))
show(string.gsub(s, '%g', '#'))
show(string.gsub(s, '\0', '%%'))
show(string.gsub('x', 'x', 'a\0b'))
show(string.gsub('x', 'x', '%0\0%0'))
show(string.gsub('abc', 'b', '\0%%\0'))

-- zeros inside patterns are ordinary characters
show(string.find('a\0', 'a\0$'))
show(string.find('a\0', '[\0]'))
show(string.find('a\0b', 'a%\0b'))
show(string.find('a\0b', '.\0.'))
show(string.match('x\0\0\0y', '\0+'))
show(string.match('x\0\0\0y', '\0-y'))
show(string.match('(\0)', '%b()'))
show(string.match('\0a\0', '%b\0\0'))
show(string.match('ab', 'a\0*b'))
print(pcall(string.find, 'a', '[\0'))
print(pcall(string.find, 'a', '%'))

-- all bytes survive a round trip
local all = {}
for c = 0, 255 do all[#all + 1] = string.char(c) end
all = table.concat(all)
print(#all, select(2, string.gsub(all, '.', '%0')), string.gsub(all, '.', '%0') == all)
print(string.find(all, '\200\201\202'), string.find(all, '[\200-\202]+'))
local n = 0
for c in string.gmatch(all, '.') do n = n + 1 end
print(n)
print(#string.gsub(all, '%w', ''), #string.gsub(all, '%s', ''), #string.gsub(all, '%p', ''))
