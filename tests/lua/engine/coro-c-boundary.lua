-- lua5.4: yields through C functions without continuations (string.format
-- calling __tostring, table.concat calling __index) fail with this message.
-- NOTE: an engine that lifts these PUC limits would differ here (ours lifts
-- it for tostring, print, load readers, sort comparators and gsub callbacks).
local co = coroutine.create(function()
  local t = setmetatable({}, {__tostring = function() coroutine.yield("from tostring") return "s" end})
  return string.format("%s", t)
end)
print(coroutine.resume(co))
print(coroutine.status(co))
-- table.concat with __index yielding
local co2 = coroutine.create(function()
  local t = setmetatable({}, {__index = function(_, i) coroutine.yield(i) return "v" end})
  return table.concat(t, ",", 1, 2)
end)
print(coroutine.resume(co2))
-- pcall, xpcall, metamethods and iterators called from Lua do support yields
local co4 = coroutine.wrap(function()
  local ok, v = pcall(coroutine.yield, "through pcall directly")
  return ok, v
end)
print(co4())
print(co4("resumed value"))
