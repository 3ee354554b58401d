-- string.gmatch: iteration, captures, empty matches, init, '^' (literal in gmatch)

local function all(s, p, init)
  local out = {}
  local it = init and string.gmatch(s, p, init) or string.gmatch(s, p)
  for a, b, c in it do
    local t = {tostring(a)}
    if b ~= nil then t[#t + 1] = tostring(b) end
    if c ~= nil then t[#t + 1] = tostring(c) end
    out[#out + 1] = table.concat(t, '/')
  end
  print(string.format('%q %q', s, p), init or '', #out, table.concat(out, ' '))
end

all('hello world from lua', '%a+')
all('one, two,, three', '([^,]*)')
all('a=1, b=2, c=3', '(%w+)=(%w+)')
all('abc', '')
all('abc', '()')
all('', '')
all('', 'x*')
all('abc', 'x*')
all('aaa', 'a*')
all('baaac', 'a*')
all('abc', '.')
all('abc', '.-')
all('abc', '.?')
all('abc', '(.)()')
all('^a^b', '^.')
all('aaa', '^a')
all('hello', 'l+')
all('f(a) g(b(c)) h', '%b()')
all('THE (quick) fox', '%f[%a]%a+')
all('a1b22c333', '%d+')
all('a1b22c333', '(%a)(%d*)')
all('hello world', '%a+', 3)
all('hello world', '%a+', -5)
all('hello world', '%a+', 0)
all('hello world', '%a+', 100)
all('hello world', '', 11)
all('hello world', '', 12)
all('hello world', '', 13)
all('hello world', 'o', -100)
all('key = value ; k2 = v2', '(%w+)%s*=%s*(%w+)')
all('1,2,,3,', '([^,]*),')
all('x\0y\0z', '[^%z]+')
all('x\0y\0z', '%z')

-- the iterator keeps its position between calls and across other matches
local it = string.gmatch('a1 b2 c3', '(%a)(%d)')
print(it())
print(string.find('zzz', 'z'), string.match('q9', '(%a)(%d)'))
print(it())
print(it())
print(it())
print(it())

-- an exhausted iterator stays exhausted
local e = string.gmatch('ab', 'a')
print(e(), e(), e())

-- gmatch with a numeric subject and pattern
for d in string.gmatch(12345, 3) do print(d) end
for d in string.gmatch(1234567.5, '%d%d%d') do print(d) end
