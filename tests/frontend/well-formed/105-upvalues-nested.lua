local a = 1
local function f()
  local b = 2
  local function g()
    local c = 3
    return function() return a + b + c end
  end
  return g
end
