-- coroutine.wrap closes pending variables of a coroutine that errors
local log = {}
local function C(n) return setmetatable({}, {__close = function(_, e) log[#log + 1] = n .. ":" .. tostring(e) end}) end
local w = coroutine.wrap(function()
  local a <close> = C("a")
  coroutine.yield("yielded")
  error("wrapped error", 0)
end)
print(w())
print(pcall(w))
print(table.concat(log, " "))
-- with coroutine.resume, the variables stay pending until coroutine.close
log = {}
local co = coroutine.create(function()
  local b <close> = C("b")
  error("resumed error", 0)
end)
print(coroutine.resume(co))
print(#log)
print(coroutine.close(co))
print(table.concat(log, " "))
