-- error's level 1 position through every way of reaching the builtin: named
-- `error` at the call site or not, local aliases, tail calls, host functions
-- in between (pcall, gsub, xpcall handlers), user functions named error,
-- callable tables, coroutines and hooks.
local function show(...) print((select(2, ...))) end

show(pcall(function() error("direct") end))
show(pcall(function() return error("tail") end))
show(pcall(error, "through pcall"))
show(pcall(function() local e = error; e("aliased") end))
do
  local error = error
  show(pcall(function() error("local alias") end))
end
show(pcall(function() _G.error("field") end))
show(pcall(function() string.gsub("a", "a", error) end))
show(pcall(function() local error = string.gsub; error("a", "a", _G.error) end))
show(pcall(function() local error = pcall; return select(2, error(_G.error, "inner")) end))
show(pcall(function()
  local function error(m) return _G.error(m) end
  error("user function tail-calling")
end))
show(pcall(function()
  local function error(m) _G.error(m) end
  error("user function calling")
end))
show(pcall(function()
  local function error(m) local ok, e = pcall(_G.error, m) _G.error(e, 0) end
  error("user function through pcall")
end))
show(pcall(function()
  local error = setmetatable({}, {__call = function(_, m) _G.error(m) end})
  error("callable table")
end))
show(pcall(function()
  local error = setmetatable({}, {__call = _G.error})
  error("callable table to builtin")
end))
show(pcall(function() error("level 2", 2) end))
print(type(select(2, pcall(function() error({}) end))))
show(pcall(function() error() end))
show(pcall(function() error(42) end))
local co = coroutine.wrap(function() error("in coroutine") end)
show(pcall(co))
show(xpcall(function() error("xpcall") end, function(m) return "handled: " .. m end))
show(xpcall(function() error("handler errors") end, function(m) error("in handler") end))
-- a line hook that raises from the hook function itself
show(pcall(function()
  debug.sethook(function() debug.sethook(); error("from hook") end, "l")
  local x = 1
end))
show(pcall(function()
  debug.sethook(function() debug.sethook(); local ok, e = pcall(error, "hook pcall"); error(e, 0) end, "l")
  local x = 1
end))
-- multi-line call
show(pcall(function()
  error(
    "multi" ..
    "line"
  )
end))
