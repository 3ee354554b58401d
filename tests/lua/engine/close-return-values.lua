-- return values are computed before closing and are not affected by __close
local function C(t)
  return setmetatable({}, {__close = function() t.closed = true t.v = "changed" end})
end
local function f()
  local state = {v = "original"}
  local c <close> = C(state)
  return state.v, state
end
local v, st = f()
print(v, st.v, st.closed)
-- close runs after the return expressions are evaluated, even for calls
local order = {}
local function g()
  local c <close> = setmetatable({}, {__close = function() order[#order + 1] = "close" end})
  return (function() order[#order + 1] = "call" return "r" end)()
end
print(g(), table.concat(order, ","))
-- tail-call syntax with a to-be-closed variable is not a tail call
local depth = 0
local function h(n)
  local c <close> = setmetatable({}, {__close = function() depth = depth + 1 end})
  if n == 0 then return "bottom" end
  return h(n - 1)
end
print(h(10), depth)
-- multiple returns survive
local function m()
  local c <close> = setmetatable({}, {__close = function() end})
  return 1, 2, 3
end
print(m())
