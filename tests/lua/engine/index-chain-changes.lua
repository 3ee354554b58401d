-- Lookups through __index chains stay exact while the chain changes between
-- lookups at the same place: methods added, replaced and removed at every
-- level, metatables swapped, __index turned into a function, raw writes,
-- weak tables in the chain, and many classes seen at one call site.

local function show(o, name) return tostring(o[name]) end

local Base = {}
Base.__index = Base
function Base.hello() return "base hello" end
local Mid = setmetatable({}, {__index = Base})
Mid.__index = Mid
local Leaf = setmetatable({}, {__index = Mid})
Leaf.__index = Leaf

local o = setmetatable({}, Leaf)
local log = {}
local function look(tag)
  log[#log + 1] = tag .. "=" .. (o.hello and o.hello() or "nil") .. "/" .. show(o, "extra")
end

look("start")
Mid.hello = function() return "mid hello" end
look("mid defines")
Leaf.hello = function() return "leaf hello" end
look("leaf defines")
Leaf.hello = nil
look("leaf removes")
rawset(Mid, "hello", function() return "raw mid" end)
look("rawset mid")
Mid.hello = nil
look("mid removes")
Base.extra = 42
look("base extra")
o.hello = function() return "own" end
look("own field")
o.hello = nil
look("own removed")

-- swap the metatable of an intermediate level
local Other = {hello = function() return "other hello" end, extra = "o"}
setmetatable(Mid, {__index = Other})
look("mid -> other")
getmetatable(Mid).__index = Base
look("mid meta __index back to base")
-- __index becomes a function
getmetatable(Mid).__index = function(_, k) return k == "hello" and function() return "fn " .. k end or nil end
look("function __index")
getmetatable(Mid).__index = Base
look("table again")
-- debug.setmetatable on a level
debug.setmetatable(Leaf, {__index = Other})
look("debug.setmetatable leaf")
setmetatable(Leaf, {__index = Mid})
look("leaf back")
-- the object changes class
setmetatable(o, {__index = Other})
look("object class")
setmetatable(o, Leaf)
look("object back")
-- a weak table in the chain
local W = setmetatable({}, {__mode = "k"})
W.hello = function() return "weak hello" end
setmetatable(Leaf, {__index = W})
look("weak level")
W.hello = nil
look("weak cleared")
setmetatable(Leaf, {__index = Mid})
look("leaf back again")
-- the level's metatable is set after the lookup was made
Base.hello = nil
look("base removes")
local Extra = {hello = function() return "late hello" end}
setmetatable(Base, {__index = Extra})
look("late base meta")
Extra.hello = nil
look("late cleared")
for _, l in ipairs(log) do print(l) end

-- many classes through one site: each object gets its own class's method
local classes = {}
for i = 1, 9 do
  local C = {}
  C.__index = C
  C.id = function() return i end
  if i % 2 == 0 then setmetatable(C, {__index = classes[i - 1]}) ; C.id = nil end
  classes[i] = C
end
local objs = {}
for i = 1, 9 do objs[i] = setmetatable({}, classes[i]) end
for round = 1, 3 do
  local ids = {}
  for i = 1, 9 do ids[i] = objs[i].id() end
  print(round, table.concat(ids, " "))
  classes[1].id = function() return "one" end
end

-- a loop in the chain is still reported
local A, B = {}, {}
setmetatable(A, {__index = B})
setmetatable(B, {__index = A})
local x = setmetatable({}, {__index = A})
print(pcall(function() return x.missing end))

-- globals through an environment chain
local env = setmetatable({}, {__index = _G})
local f = load("local s = 0 for i = 1, 3 do s = s + (counter or 0) end return s", "=env", "t", env)
print(f())
counter = 5
print(f())
env.counter = 1
print(f())
env.counter = nil
counter = nil
print(f())

-- methods added through a __newindex chain land in the right table
local Proxy = setmetatable({}, {__newindex = Base, __index = Base})
local p = setmetatable({}, {__index = Proxy})
print(p.viaProxy)
Proxy.viaProxy = "stored in base"
print(p.viaProxy, rawget(Proxy, "viaProxy"), Base.viaProxy)

-- table functions writing into a class
local K = {}
K.__index = K
local k = setmetatable({}, K)
print(k.name)
table.move({"a"}, 1, 1, 1, K)
print(k.name, k[1])
K.name = "set"
print(k.name)
