-- Pattern errors: PUC's messages, raised lazily (only when the matcher
-- reaches the malformed part), with the caller's position

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  local t = {}
  for i = 1, r.n do t[#t + 1] = tostring(r[i]) end
  print(table.concat(t, ' '))
end

local function find(s, p) return string.find(s, p) end
local function match(s, p) return string.match(s, p) end
local function gsub(s, p, r) return string.gsub(s, p, r) end

-- malformed patterns
try(find, 'abc', '%')
try(find, 'abc', 'a%')
try(find, 'abc', '[a')
try(find, 'abc', '[')
try(find, 'abc', '[^')
try(find, 'abc', '[]')
try(find, 'abc', '[^]')
try(find, 'abc', '[%')
try(find, 'abc', '[%]')
try(find, 'abc', '[a%')
try(find, 'abc', '%b')
try(find, 'abc', '%ba')
try(find, 'abc', '%f')
try(find, 'abc', '%fa')
try(find, 'abc', '%f[a')
try(find, 'abc', '%f')
try(find, 'abc', '(')
try(find, 'abc', '(()')
try(find, 'abc', ')')
try(find, 'abc', 'a)')
try(find, 'abc', '%1')
try(find, 'abc', '%0')
try(find, 'abc', '(a)%2')
try(find, 'abc', '(a%1)')
try(find, 'abc', '()%1')
try(find, 'aa', '()a%1')
try(match, 'abc', '(a')
try(match, 'abc', '(a)(b')
try(match, 'abc', 'a()')
try(match, 'abc', string.rep('(', 33))
try(match, 'abc', string.rep('()', 32))
try(match, 'abc', string.rep('()', 33))
try(match, 'abc', string.rep('(a?)', 32))
try(match, 'abc', string.rep('(a?)', 33))

-- lazily: never reached, no error
try(find, 'abc', 'x[')
try(find, 'abc', 'x%')
try(find, 'abc', 'x%b')
try(find, 'abc', 'x%f')
try(find, 'abc', 'x)')
try(find, 'abc', 'x%1')
try(find, 'abc', 'c$[')
try(find, 'abc', 'b[')
try(find, 'abc', '^x(')
try(find, '', 'a[')
try(match, 'abc', 'x(')
try(gsub, 'abc', 'x[', 'y')
try(gsub, 'abc', 'x', '%9')
try(gsub, 'abc', 'x', '%')
try(find, 'abc', 'a*[')
try(find, 'abc', 'a?[')
try(find, 'abc', 'z*[')
try(find, 'abc', 'a-%')

-- replacement strings
try(gsub, 'abc', 'b', '%2')
try(gsub, 'abc', 'b', '%9')
try(gsub, 'abc', '(b)', '%2')
try(gsub, 'abc', 'b', '%')
try(gsub, 'abc', 'b', '%a')
try(gsub, 'abc', 'b', '% ')
try(gsub, 'abc', 'b', 'ok%')
try(gsub, 'abc', '(b', '%1')
try(gsub, 'abc', '(b', '%0')
try(gsub, 'abc', '(b)', '%0%1%%')

-- errors keep the position of the caller's line
print(pcall(function()
  return string.find('x', '[x')
end))
print(pcall(function()
  local s = 'x'
  return s:match('%')
end))
print(pcall(function()
  for w in string.gmatch('abc', '(%w') do print(w) end
end))
print(pcall(function()
  return string.gsub('abc', '%w', '%2')
end))
print(pcall(function()
  return string.gsub('abc', '%w', {a = true})
end))

-- errors with pcall as the caller carry no position
print(pcall(string.find, 'x', '[x'))
print(pcall(string.gsub, 'abc', '%w', {a = true}))
