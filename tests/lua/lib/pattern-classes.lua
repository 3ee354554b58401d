-- Character classes (C locale), their complements, sets, ranges, frontiers

local function members(p)
  local t = {}
  for c = 0, 255 do
    local ok, r = pcall(string.find, string.char(c), p)
    if not ok then
      print(string.format('%q', p), r)
      return
    end
    if r then t[#t + 1] = c end
  end
  -- print as ranges
  local out, i = {}, 1
  while i <= #t do
    local j = i
    while j < #t and t[j + 1] == t[j] + 1 do j = j + 1 end
    out[#out + 1] = t[i] == t[j] and tostring(t[i]) or t[i] .. '-' .. t[j]
    i = j + 1
  end
  print(string.format('%q', p), #t, table.concat(out, ','))
end

for _, cl in ipairs({'a', 'c', 'd', 'g', 'l', 'p', 's', 'u', 'w', 'x', 'z'}) do
  members('%' .. cl)
  members('%' .. cl:upper())
  members('[%' .. cl .. ']')
  members('[^%' .. cl .. ']')
end
members('.')
members('[a-f]')
members('[^a-f]')
members('[a-]')
members('[-a]')
members('[]]')
members('[]a]')
members('[^]]')
members('[^]a]')
members('[%]]')
members('[%-]')
members('[%%]')
members('[%a_]')
members('[%d%s]')
members('[z-a]')
members('[a-a]')
members('[\0-\31]')
members('[\128-\255]')
members('[^\128-\255]')
members('\200')
members('[\200]')
members('%\200')
members('%q')
members('%.')
members('%%')
members('%]')
members('[%q]')
members('[a-%]')
members('[%a-z]')
members('[a%-z]')
members('[^%a%d]')
members('[^^]')
members('[a^]')

-- frontier patterns
local function fr(s, p)
  local t = {}
  for pos in string.gmatch(s, '()' .. p) do t[#t + 1] = pos end
  print(string.format('%q %q', s, p), table.concat(t, ','))
end
fr('THE (quick) fox', '%f[%a]')
fr('THE (quick) fox', '%f[%A]')
fr('THE (quick) fox', '%f[%l]')
fr('hello', '%f[%z]')
fr('hello', '%f[^%z]')
fr('a\0b', '%f[%z]')
fr('', '%f[%z]')
fr('aaa', '%f[a]')
fr('aaa', '%f[^a]')
fr('x1y22z', '%f[%d]%d+')
fr('x1y22z', '%f[%D]')
print(string.gsub('THE (quick) fox', '%f[%a]%a+%f[%A]', 'W'))
print(string.find('foo bar', '%f[%w]bar'))
print(string.find('foobar', '%f[%w]bar'))

-- balanced matches
print(string.find('(a(b)c)', '%b()'))
print(string.find('((a)', '%b()'))
print(string.find('x(a)(b)', '%b()%b()'))
print(string.match('if (a and (b or c)) then', '%b()'))
print(string.match('[[a]b]', '%b[]'))
print(string.match('<<a>', '%b<>'))
print(string.match('aXbXc', '%bXX'))
print(string.match('abba', '%bab'))
print(string.match('a)b(c', '%b)('))
print(string.match('(open', '%b()'))
print(string.gsub('f(x) + g(y, h(z))', '%b()', '()'))
