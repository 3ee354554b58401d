-- golden: skip (beyond PUC Lua: gsub callbacks may yield; expected output written by hand)
-- A gsub replacement function (or a replacement table's __index) may yield:
-- the coroutine suspends in the middle of the gsub and the loop continues
-- when it is resumed.

-- the resumer supplies each replacement
local co = coroutine.wrap(function(s)
  return string.gsub(s, '%w+', function(w) return coroutine.yield(w) end)
end)
print(co('hello big world'))
print(co('HELLO'))
print(co(nil))
print(co('WORLD'))

-- a generator of matches through gsub
local function matches(s, p)
  return coroutine.wrap(function()
    string.gsub(s, p, function(...) coroutine.yield(...) end)
  end)
end
for k, v in matches('a=1, b=2, c=3', '(%w+)=(%w+)') do print(k, v) end

-- every outcome of a replacement after resumption
local results = {'X', false, 42, 1.5}
local co2 = coroutine.create(function()
  return string.gsub('a b c d e', '%a', function(c)
    local r = coroutine.yield(c)
    return r
  end)
end)
local ok, v, n = coroutine.resume(co2)
local i = 0
while coroutine.status(co2) == 'suspended' do
  i = i + 1
  io.write(tostring(v), ' ')
  ok, v, n = coroutine.resume(co2, results[i])
end
print()
print(ok, v, n)

-- captures, positions and the count survive suspension
local co3 = coroutine.wrap(function()
  return string.gsub('x1y22z333', '()(%a)(%d+)', function(p, a, d)
    coroutine.yield(p)
    return a:upper() .. #d
  end, 2)
end)
print(co3(), co3(), co3())

-- anchored patterns stop after the first match
local co4 = coroutine.wrap(function()
  return string.gsub('aaa', '^a', function(c) return coroutine.yield(c) .. '!' end)
end)
print(co4())
print(co4('b'))

-- a yield across pcall inside the callback
local co5 = coroutine.wrap(function()
  return string.gsub('ab', '.', function(c)
    local ok2, r = pcall(function() return coroutine.yield(c) end)
    return ok2 and r or 'E'
  end)
end)
print(co5(), co5('1'), co5('2'))

-- nested gsub calls that both yield
local co6 = coroutine.wrap(function()
  return string.gsub('ab cd', '%a+', function(w)
    return (string.gsub(w, '.', function(c)
      return coroutine.yield(c) or c
    end))
  end)
end)
local out = {}
local r = co6()
while type(r) == 'string' and #r == 1 do
  out[#out + 1] = r
  r = co6(r:upper())
end
print(table.concat(out, ','), r)

-- __index of the replacement table may yield too
local t = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) end})
local co7 = coroutine.wrap(function() return string.gsub('one two', '%a+', t) end)
print(co7(), co7('1'), co7(nil))

-- errors after resumption keep gsub's caller position
local co8 = coroutine.create(function()
  local r, n = string.gsub('abc', 'b', function() return coroutine.yield() end)
  return r, n
end)
coroutine.resume(co8)
print(coroutine.resume(co8, {}))
local co9 = coroutine.create(function()
  return string.gsub('abc', '%w', function(c)
    coroutine.yield()
    if c == 'b' then error('bad ' .. c) end
    return c
  end)
end)
print(coroutine.resume(co9))
print(coroutine.resume(co9))
print(coroutine.resume(co9))
print(coroutine.resume(co9))

-- a yielding callback inside pcall around gsub
local co10 = coroutine.wrap(function()
  return pcall(string.gsub, 'xy', '.', function(c) return coroutine.yield(c) end)
end)
print(co10(), co10('1'), co10('2'))

-- deep recursion inside callbacks
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(string.gsub('abc', '%a', function(c) return depth(10000) end))
print(string.gsub('abc', '%a', function(c)
  return (string.gsub(c, '.', function() return depth(500) end))
end))

-- outside a coroutine, yielding fails as usual
print(pcall(string.gsub, 'a', 'a', coroutine.yield))
