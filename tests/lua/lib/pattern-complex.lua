-- Backtracking limits: "pattern too complex" (PUC's 200 nested matcher
-- calls), "too many captures" (32), and long subjects that must not exhaust
-- the host stack

local function try(...)
  local ok, a, b = pcall(...)
  print(ok, a, b)
end

-- nesting depth: every 'x?' that matches adds a level
try(string.match, string.rep('x', 300), string.rep('x?', 150))
try(string.match, string.rep('x', 300), string.rep('x?', 198))
try(string.match, string.rep('x', 300), string.rep('x?', 199))
try(string.match, string.rep('x', 300), string.rep('x?', 200))
try(string.match, string.rep('x', 300), string.rep('x?', 300))
try(string.match, '', string.rep('x?', 300))
try(string.match, string.rep('x', 300), string.rep('x*', 199))
try(string.match, string.rep('x', 300), string.rep('x*', 200))
try(string.match, string.rep('x', 300), string.rep('x-', 199) .. '$')
try(string.match, string.rep('x', 300), string.rep('x-', 200) .. '$')
try(string.find, string.rep('x', 10), string.rep('()', 31) .. string.rep('x?', 168))
try(string.find, string.rep('x', 10), string.rep('()', 31) .. string.rep('x?', 169))
try(string.find, string.rep('x', 300), string.rep('x', 250))
try(string.find, string.rep('x', 300), string.rep('.', 299) .. '$')
try(string.gsub, string.rep('x', 50), string.rep('x?', 250), '')
try(string.gsub, string.rep('x', 50), 'y' .. string.rep('x?', 250), '')
-- the depth check comes first, even where the next item fails at once
try(string.find, string.rep('x', 300) .. 'y', string.rep('x*', 199) .. 'y')
try(string.find, string.rep('x', 300) .. 'y', string.rep('x*', 200) .. 'y')
try(string.find, string.rep('x', 300) .. 'y', string.rep('.-', 199) .. 'y')
try(string.find, string.rep('x', 300) .. 'y', string.rep('.-', 200) .. 'y')

-- captures
try(string.match, 'x', string.rep('(', 32) .. 'x' .. string.rep(')', 32))
try(string.match, 'x', string.rep('(', 33) .. 'x' .. string.rep(')', 33))
try(string.match, 'x', string.rep('()', 32))
try(string.match, 'x', string.rep('()', 33))
try(string.find, 'y', string.rep('(', 33) .. 'x')
try(string.gsub, 'abc', string.rep('()', 33), '')
local caps = {string.match(string.rep('ab', 16), string.rep('(a)(b)', 16))}
print(#caps, caps[1], caps[32])

-- long subjects: linear scans without recursion per byte
local big = string.rep('a', 200000)
print(string.find(big, 'b'))
print(string.find(big .. 'b', 'a*b'))
print(string.find(big, '^a*b'))
print(#string.match(big, 'a*'))
print(#string.match(big, '.-$'))
print(#string.match(big, '^(.-)a$'))
print(string.find(big .. 'b', '.-b'))
print(string.find(big, '%a+$'))
print(string.find(big, '^[%a_][%w_]*$'))
print(string.gsub(big, 'aa', 'b') == string.rep('b', 100000))
print(select(2, string.gsub(big, 'a', 'b')))
print(select(2, string.gsub(big, '', '')))
local n = 0
for _ in string.gmatch(big, 'a') do n = n + 1 end
print(n)
print(#string.gsub(string.rep('a b ', 50000), '%s+', ''))
print(string.find(string.rep('(', 100000) .. string.rep(')', 100000), '%b()'))
print(string.find(string.rep('(', 100000) .. string.rep(')', 99999), '^%b()'))
print(string.find(string.rep('ab', 50000), '(ab)%1%1$'))
print(string.find(string.rep(' ', 100000) .. 'x', '^%s*(.-)%s*$'))
print(#string.match(string.rep('x', 100000) .. '  ', '^%s*(.-)%s*$'))

-- quadratic searches on shorter subjects
local mid = string.rep('a', 1500)
print(string.find(mid, 'a*b'))
print(string.find(mid, '.-b'))
print(string.find(mid, 'a-b'))
print(string.find(mid, '(a+)%1b'))
print(string.find(mid, '%f[b]'))
print(string.find(mid, string.rep('a?', 10) .. string.rep('a', 10) .. 'b'))
print(string.find(mid .. 'b', string.rep('a?', 10) .. string.rep('a', 10) .. 'b'))
