-- the debug library on functions loaded from string.dump(f, true): no
-- local or upvalue names, no lines; line hooks report nil lines
local prog = [[
local debug = require'debug'
local a = 12
print(debug.getlocal(1, 2))
local f = function () local x; return a end
print(debug.getupvalue(f, 1))
print(debug.setupvalue(f, 1, 13), a)
local t = debug.getinfo(f)
print(t.name, t.linedefined, t.lastlinedefined, t.short_src, t.source, t.what, t.currentline)
print(debug.getinfo(1).currentline)
t = debug.getinfo(f, "L").activelines
print(next(t))
f = load(string.dump(f))
t = debug.getinfo(f)
print(t.name, t.linedefined, t.lastlinedefined, t.short_src, t.source)
return a
]]
local f = assert(load(string.dump(load(prog), true)))
print(f())
local function foo ()
  local a = 1
  local b = 2
  for i = 1, 2 do a = a + i end
  return b
end
local s = load(string.dump(foo, true))
local lines = {}
debug.sethook(function (e, l) lines[#lines + 1] = tostring(l) end, "l")
s(); debug.sethook(nil)
print(#lines, table.concat(lines, " "))
