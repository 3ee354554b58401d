-- closing a suspended coroutine closes its pending variables in order
local log = {}
local function C(n) return setmetatable({}, {__close = function(_, e) log[#log + 1] = n .. ":" .. tostring(e) end}) end
local co = coroutine.create(function()
  local a <close> = C("a")
  do
    local b <close> = C("b")
    local c <close> = C("c")
    coroutine.yield("deep")
  end
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(table.concat(log, " "))
-- pending variables in nested function calls
log = {}
local function inner() local x <close> = C("x") coroutine.yield("in inner") end
local co2 = coroutine.create(function()
  local y <close> = C("y")
  inner()
end)
coroutine.resume(co2)
print(coroutine.close(co2), table.concat(log, " "))
-- an error in one __close: the others still run, the last error wins
log = {}
local co3 = coroutine.create(function()
  local p <close> = C("p")
  local q <close> = setmetatable({}, {__close = function() log[#log + 1] = "q" error("q failed", 0) end})
  local r <close> = C("r")
  coroutine.yield()
end)
coroutine.resume(co3)
print(coroutine.close(co3))
print(table.concat(log, " "))
-- a generic for loop's closing value in a suspended coroutine
log = {}
local co4 = coroutine.wrap(function()
  for i in function(_, c) if c < 5 then return c + 1 end end, nil, 0, C("loop") do
    coroutine.yield(i)
  end
end)
print(co4(), co4())
print(table.concat(log, " "))
