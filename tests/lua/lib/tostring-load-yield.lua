-- golden: skip (beyond PUC Lua: __tostring called by tostring or print, and load's reader, may yield; expected output written by hand)
-- PUC Lua raises "attempt to yield across a C-call boundary" in each case.

local Obj = setmetatable({}, {__tostring = function(o)
  local v = coroutine.yield("tostring wants a name")
  return "Obj<" .. tostring(v) .. ">"
end})

-- tostring: the coroutine suspends inside __tostring
local co = coroutine.wrap(function() return tostring(Obj) end)
print(co())
print(co("alpha"))

-- print: each __tostring may suspend; the line is written once, complete
co = coroutine.wrap(function() print("objs:", Obj, 42, Obj) return "printed" end)
print(co())
print(co("one"))
print(co("two"))

-- a __tostring that yields and then fails: the pieces before it are written
local Bad = setmetatable({}, {__tostring = function() coroutine.yield("bad") return {} end})
co = coroutine.wrap(function() return pcall(print, "before", Bad) end)
print(co())
print(co())

-- errors after the yield are caught by pcall around tostring
local Err = setmetatable({}, {__tostring = function() coroutine.yield("err") error("no name") end})
co = coroutine.wrap(function() return pcall(tostring, Err) end)
print(co())
print(co())

-- load: the reader may yield between pieces
local parts = {"local a, b = ...\n", "return a ", "* b"}
co = coroutine.wrap(function()
  local i = 0
  local f = assert(load(function()
    i = i + 1
    coroutine.yield("piece " .. i)
    return parts[i]
  end, "=pieces"))
  return f(6, 7)
end)
for _ = 1, 4 do print(co()) end
print(co())

-- a reader error after a yield: load returns nil and the message
co = coroutine.wrap(function()
  local n = 0
  return load(function()
    n = n + 1
    coroutine.yield(n)
    if n == 2 then error("bad piece") end
    return "x = 1 "
  end)
end)
print(co())
print(co())
print(co())

-- a non-string piece after a yield
co = coroutine.wrap(function()
  return load(function() coroutine.yield("r") return true end)
end)
print(co())
print(co())

-- the mode is checked on the first piece, after the yield
co = coroutine.wrap(function()
  return load(function() coroutine.yield("m") return "\27Lua" end, "b", "t")
end)
print(co())
print(co())

-- a host function as __tostring is still a C boundary, as in PUC
local Y = setmetatable({}, {__tostring = coroutine.yield})
co = coroutine.create(function() return tostring(Y) end)
print(coroutine.resume(co))
