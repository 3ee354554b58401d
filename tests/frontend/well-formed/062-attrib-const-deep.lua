local k <const> = 1
local function f()
  local function g()
    return k + 1
  end
  return g
end
