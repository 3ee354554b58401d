-- errors from __close while closing a suspended coroutine, with several variables
local log = {}
local co = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function(_, e) log[#log + 1] = "a:" .. tostring(e) end})
  local b <close> = setmetatable({}, {__close = function(_, e) log[#log + 1] = "b:" .. tostring(e) error("b broke", 0) end})
  local c <close> = setmetatable({}, {__close = function(_, e) log[#log + 1] = "c:" .. tostring(e) end})
  coroutine.yield("ready")
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(table.concat(log, " "))
print(coroutine.status(co), coroutine.close(co))
