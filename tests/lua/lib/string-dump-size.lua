-- string.dump sizes as the official suite checks them (db.lua): the source
-- name is written once, and a stripped dump has no source at all.
local prog = [[
  return function (x)
    return function (y)
      return x + y
    end
  end
]]
local name = string.rep("x", 1000)
local p = assert(load(prog, name))
local c = string.dump(p)
print(#c > 1000 and #c < 2000)
local f = assert(load(c))
print(f()(3)(5), debug.getinfo(f).source == name)
c = string.dump(p, true)
print(#c < 500)
f = assert(load(c))
print(f()(30)(50), debug.getinfo(f).source)
-- a long function round-trips
local parts = {"local t = {}"}
for i = 1, 200 do parts[#parts + 1] = ("t[%d] = %d * 2 + (t[%d] or 0)"):format(i, i, i - 1) end
parts[#parts + 1] = "return t[200]"
local src = table.concat(parts, "\n")
local g = assert(load(src))
local d = string.dump(g, true)
print(load(d)() == g(), load(string.dump(g))() == g())
