-- string.gsub: string, table and function replacements, counts, limits

local function show(...)
  local t = {}
  for i = 1, select('#', ...) do t[#t + 1] = tostring((select(i, ...))) end
  print(table.concat(t, ' | '))
end

-- string replacements with %0-%9 and %%
show(string.gsub('hello world', 'o', '0'))
show(string.gsub('hello world', '(%w+)', '<%1>'))
show(string.gsub('hello world', '%w+', '<%0>'))
show(string.gsub('hello world', '%w+', '%0 %0'))
show(string.gsub('hello world', '(%w+) (%w+)', '%2 %1'))
show(string.gsub('hello', '', '-'))
show(string.gsub('', '', '-'))
show(string.gsub('abc', '%w', '%%'))
show(string.gsub('abc', '%w', '%%%0%%'))
show(string.gsub('abc', 'b', '%1'))
show(string.gsub('abc', '()b()', '%1-%2'))
show(string.gsub('abc', '(b)', '[%1%1]'))
show(string.gsub('a.b.c', '%.', '%%'))
show(string.gsub('abc', 'x*', '-'))
show(string.gsub('abc', 'b*', '-'))
show(string.gsub('hello world', 'l+', 'L'))
show(string.gsub('hello world', '^h', 'H'))
show(string.gsub('hello hello', '^hello', 'bye'))
show(string.gsub('hello', 'o$', 'O'))
show(string.gsub('hello', '^', '>'))
show(string.gsub('hello', '$', '<'))
show(string.gsub('hello', '^$', '<'))
show(string.gsub('', '^$', 'empty'))
show(string.gsub('  trim  ', '^%s+', ''))
show(string.gsub('  trim  ', '%s+$', ''))
show(string.gsub('a,b,,c', ',', ';'))
show(string.gsub('abc', '.', {a = 1, b = false}))
show(string.gsub(12345, 3, 'x'))
show(string.gsub('x = 1', '1', 2.5))
show(string.gsub('x = 1', '1', 10))
show(string.gsub('abc', 'b', 2^63))

-- max n
show(string.gsub('aaaa', 'a', 'b', 0))
show(string.gsub('aaaa', 'a', 'b', 2))
show(string.gsub('aaaa', 'a', 'b', -1))
show(string.gsub('aaaa', 'a', 'b', 10))
show(string.gsub('aaaa', 'a', 'b', 2.0))
show(string.gsub('aaaa', 'a', 'b', '3'))
show(string.gsub('abc', '', '-', 2))

-- table replacements: first capture (or the whole match) is the key
local t = {hello = 'HI', world = false, lua = 5.4, n = 1}
show(string.gsub('hello world lua moon', '%w+', t))
show(string.gsub('hello world', '(%w+)', t))
show(string.gsub('$n and $m', '%$(%w+)', t))
show(string.gsub('abc', '()', {[1] = 'one', [3] = 'three'}))
local mt = setmetatable({}, {__index = function(_, k) return k:upper() end})
show(string.gsub('abc def', '%w+', mt))
local calls = {}
local mt2 = setmetatable({}, {__index = function(_, k) calls[#calls + 1] = k return nil end})
show(string.gsub('x y z', '%a', mt2), table.concat(calls, ','))

-- function replacements: all captures as arguments
show(string.gsub('hello world', '%w+', function(w) return w:upper() end))
show(string.gsub('hello world', '%w+', function(w) return nil end))
show(string.gsub('hello world', '%w+', function(w) return false end))
show(string.gsub('hello world', '%w+', function(w) end))
show(string.gsub('hello world', '%w+', function(w) return #w end))
show(string.gsub('hello world', '%w+', function(w) return 1.5 end))
show(string.gsub('a=1, b=2', '(%w+)=(%w+)', function(k, v) return v .. '=' .. k end))
show(string.gsub('abc', '()(%w)()', function(a, b, c) return a .. b .. c end))
show(string.gsub('hello', '', function(...) return select('#', ...) end))
show(string.gsub('hello', 'l', function(x) return x, 'ignored' end))
local seen = {}
show(string.gsub('one two three', '%a+', function(w) seen[#seen + 1] = w end, 2), table.concat(seen, ','))

-- replacements are computed in order, with the subject unchanged
local n = 0
show(string.gsub('aaa', 'a', function() n = n + 1 return n end))

-- nested gsub in a callback
show(string.gsub('ab cd', '%w+', function(w)
  return (string.gsub(w, '%w', function(c) return c .. c end))
end))

-- errors
print(pcall(string.gsub, 'abc', 'b', {b = {}}))
print(pcall(string.gsub, 'abc', 'b', function() return {} end))
print(pcall(string.gsub, 'abc', 'b', function() return true end))
print(pcall(string.gsub, 'abc', 'b', function() return print end))
print(pcall(string.gsub, 'abc', 'b', function() return coroutine.create(print) end))
print(pcall(string.gsub, 'abc', 'b', '%2'))
print(pcall(string.gsub, 'abc', '(b)', '%2'))
print(pcall(string.gsub, 'abc', 'b', '%'))
print(pcall(string.gsub, 'abc', 'b', 'x%y'))
print(pcall(string.gsub, 'abc', 'x', '%y'))
print(pcall(string.gsub, 'abc', 'b', '%1%'))
print(pcall(string.gsub, 'abc', '(b', '%1'))
print(pcall(string.gsub, 'abc', '(b', function(x) return x end))
print(pcall(string.gsub, 'abc', '(b', {}))
print(pcall(string.gsub, 'abc', '(b', 'x'))
print(pcall(string.gsub, 'abc', 'b', function() error('in callback') end))
print(select('#', pcall(string.gsub, 'abc', 'b', function() error({}) end)))
print(pcall(function() return string.gsub('abc', 'b', {b = {}}) end))
print(pcall(function() return string.gsub('abc', 'b', '%') end))
print(pcall(function() return ('abc'):gsub('b', function() return {} end) end))
