-- Call and return hooks fire for library (host) functions too, and the
-- hooked function is the level under the hook.
local t = {}
debug.sethook(function(e)
  local info = debug.getinfo(2, "nS")
  t[#t + 1] = e .. ":" .. tostring(info.name) .. ":" .. info.what
end, "cr")
local x = math.abs(-1)
local s = string.rep("a", 2)
local a, b = pcall(string.rep, "b", 3)
debug.sethook()
print(x, s, a, b)
print(table.concat(t, " "))

-- Results of a hooked host function survive its return hook.
debug.sethook(function() local _ = string.format("%d", 1) end, "r")
local p, q, r = table.unpack({1, 2, 3})
debug.sethook()
print(p, q, r)

-- A single trace of a coroutine: yield is a call that returns on resume.
local co = coroutine.create(function()
  coroutine.yield(10)
  return 20
end)
local trace = {}
debug.sethook(co, function(event) trace[#trace + 1] = event end, "clr")
repeat until not coroutine.resume(co)
print(table.concat(trace, " "))
