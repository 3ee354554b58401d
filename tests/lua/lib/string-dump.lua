-- string.dump and loading binary chunks
local up = 5
local function f(a, ...)
  local x = a
  local function g(y) return x * y end
  for i = 1, 2 do x = x + i end
  goto skip
  x = 0
  ::skip::
  return g(2), select('#', ...), 0x7fffffffffffffff, 2^63, -0.0, 1e308 * 10, "s\0\200", math.type(3.0)
end

-- the header is PUC Lua 5.4's
local s = string.dump(f)
print(type(s), s:sub(1, 4) == "\27Lua", s:byte(5, 6))
print(s:sub(7, 12) == "\x19\x93\r\n\x1a\n", s:byte(13, 15))
print(string.unpack("<j", s, 16), string.unpack("<n", s, 24))

-- a loaded function behaves as the original; its upvalues are fresh
local g = load(s)
print(g(1, 2, 3))
print(f(1, 2, 3))
local function counter() local n = 0 return function() n = n + 1 return n end end
local c = load(string.dump(counter()))
print(pcall(c))
local h = load(string.dump(function() return up end))
print(type(h()))
local h2 = load(string.dump(function() local _ = print; return up end))
print(h2() == _G)
local e = load(string.dump(function() return x end), "name", "b", {x = 42})
print(e())
local none = load(string.dump(function() return 1 + 1 end), "name", "b", {})
print(none())
local main = load("local a, b = ... return a * b, ...")
print(load(string.dump(main))(6, 7))
local twice = load(string.dump(load(string.dump(f))))
print(pcall(twice, 3))

-- closures made by a loaded function
local mk = load(string.dump(function() local fs = {} for i = 1, 3 do fs[i] = function() return i * 10 end end return fs end))
local fs = mk()
print(fs[1](), fs[2](), fs[3]())

-- functions with every kind of statement survive the round trip
local prog = [[
  local t <const> = 10
  local acc = {}
  for i = 1, 3 do acc[#acc + 1] = i end
  for k, v in ipairs({"a", "b"}) do acc[#acc + 1] = k .. v end
  local i = 0
  while i < 2 do i = i + 1 end
  repeat i = i - 1 until i == 0
  if #acc > 3 then acc.big = true elseif #acc > 1 then acc.mid = true else acc.small = true end
  local obj = {v = 1}
  function obj:inc(n) self.v = self.v + (n or 1) return self end
  obj:inc(4):inc()
  do local x <close> = setmetatable({}, {__close = function() acc.closed = true end}) end
  local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
  local y1, y2 = co(1), co(5)
  return table.concat(acc, ","), acc.big, obj.v, acc.closed, t, y1, y2, 7 // 2, 7.0 // 2, 1 << 62, "\u{48}\x49"
]]
local p = load(prog, "=prog")
print(p())
print(load(string.dump(p))())
print(load(string.dump(p, true))())

-- errors keep positions, or lose them when stripped
local function bad() local t = nil; return t.x end
print(pcall(load(string.dump(bad))))
local function boom() error("boom") end
print(pcall(load(string.dump(boom))))
print(pcall(load(string.dump(boom, true))))
print(pcall(load(string.dump(function() return undefinedglobal.x end, true))))
print(pcall(load(string.dump(function() undefinedfunc() end, true))))
print(pcall(load(string.dump(function() return up.x.y end, true))))
print(pcall(load(string.dump(function() local s = "x" return s:nomethod() end, true))))

-- debug info
local info = debug.getinfo(load(string.dump(f)), "S")
print(info.source, info.short_src, info.linedefined, info.lastlinedefined, info.what)
info = debug.getinfo(load(string.dump(f, true)), "S")
print(info.source, info.short_src, info.linedefined, info.lastlinedefined, info.what)

-- mode and header checks
print(load(string.dump(f), "x", "t"))
print(type(load(string.dump(f), "x", "b")))
print(load("\27Lua"))
print(load("\27Lux"))
print(load("\27LuaT"))
print(load("\27LuaS\0"))
print(load("\27LuaT\1"))
print(load("\27LuaT\0\1\2"))
print(load("\27LuaT\0\25\147\r\n\26\n\8"))
print(load("\27LuaT\0\25\147\r\n\26\n\4\4"))
print(load("\27LuaT\0\25\147\r\n\26\n\4\8\4"))
print(load("\27LuaT\0\25\147\r\n\26\n\4\8\8\0\0\0\0\0\0\0\0"))
print(load("\27LuaT\0\25\147\r\n\26\n\4\8\8\120\86\0\0\0\0\0\0\0\0\0\0\0\0\0\0"))
print(load("\27LuaT\0\25\147\r\n\26\n\4\8\8\120\86\0\0\0\0\0\0\0\0\0\0\0\40\119\64"))
print(load(s:sub(1, 20)))
print(load(s:sub(1, 40)))
print(load(s:sub(1, 40), "=mine"))
print(load(s:sub(1, 40), "@file.lua"))
print(load(s:sub(1, 40), "plain"))
local pieces = {}
for i = 1, #s, 7 do pieces[#pieces + 1] = s:sub(i, i + 6) end
local k = 0
print(load(function() k = k + 1 return pieces[k] end)(1, 2))

-- what cannot be dumped
print(pcall(string.dump, print))
print(pcall(string.dump, string.dump))
print(pcall(string.dump))
print(pcall(string.dump, {}))
print(pcall(string.dump, "f"))
