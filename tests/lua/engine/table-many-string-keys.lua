-- tables that get many string keys by computed stores (they change their
-- inner layout past a hundred or so): reads, writes, deletion during
-- traversal, metamethods, classes and globals
local function count(t) local n = 0; for _ in pairs(t) do n = n + 1 end; return n end

local t = {}
for i = 1, 300 do t["k" .. i] = i end
print(count(t), t.k1, t.k150, t["k300"], t.k301, rawget(t, "k7"))
t.k1 = "one"            -- constant-name store
t.fresh = true          -- constant-name store of a new key
t["k2"] = nil
print(t.k1, t.fresh, t.k2, count(t))
-- clearing every other field while traversing
for k, v in pairs(t) do
  if type(v) == "number" and v % 2 == 1 then t[k] = nil end
end
print(count(t), t.k3, t.k4)
-- next from each key visits every key once
local seen, k = 0, nil
repeat k = next(t, k); if k then seen = seen + 1 end until k == nil
print(seen == count(t))
-- mixed keys and the array part
for i = 1, 10 do t[i] = i * i end
t[1.5] = "float"; t[true] = "bool"
print(#t, t[10], t[1.5], t[true], count(t))

-- a class whose methods are added by name, used through __index
local Class = {}
Class.__index = Class
for i = 1, 200 do Class["m" .. i] = function (self) return self.v + i end end
function Class.new(v) return setmetatable({v = v}, Class) end
local o = Class.new(10)
print(o:m1(), o:m200(), o.m201, getmetatable(o) == Class)
-- a lookup cached through a class that then grows past the limit
local Small = {}
Small.__index = Small
function Small.get() return "small" end
local s = setmetatable({}, Small)
local function call() return s.get() end
print(call(), call())
for i = 1, 200 do Small["x" .. i] = i end
Small.get = function () return "changed" end
print(call(), s.x100, s.x201)
Small.x100 = nil
print(s.x100)

-- a metatable with many fields keeps its metamethods
local mt = {}
for i = 1, 200 do mt["f" .. i] = i end
mt.__index = function (_, key) return "missing " .. key end
mt.__len = function () return 42 end
mt["__call"] = function (_, a) return "called " .. a end
local p = setmetatable({}, mt)
print(p.nothing, #p, p("x"), mt.f200, rawget(mt, "__index") ~= nil)
mt.__index = mt
print(p.f1, p.f200, p.nothing)

-- __newindex on a table past the limit
local log = {}
local proxy = setmetatable({}, {__newindex = function (t, key, v) log[#log + 1] = key; rawset(t, key, v) end})
for i = 1, 150 do proxy["p" .. i] = i end
proxy.p1 = "again"   -- present: no __newindex
print(#log, proxy.p150, proxy.p1)

-- globals set by name
for i = 1, 300 do _G["g" .. i] = i end
print(g1, g300, _G.g150, rawget(_G, "g42"))
g1 = "global"
print(g1, _G["g1"])
for i = 1, 300 do _G["g" .. i] = nil end
print(g1, g300)

-- tables that shrink and grow again
local d = {}
for round = 1, 3 do
  for i = 1, 500 do d["r" .. i] = round end
  for i = 1, 500, 3 do d["r" .. i] = nil end
  print(round, count(d), d.r2, d.r1)
end
-- table library and string keys
local u = {}
for i = 1, 200 do u["s" .. i] = i end
table.insert(u, "a"); table.insert(u, "b")
print(#u, table.concat(u, ","), select("#", table.unpack(u)))
print(next({}, nil), pcall(next, u, "nosuchkey"))
