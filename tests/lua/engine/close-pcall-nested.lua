-- close in nested pcalls, and errors passing through several levels
local log = {}
local function C(name)
  return setmetatable({}, {__close = function(_, e) log[#log + 1] = name .. "(" .. tostring(e) .. ")" end})
end
local ok, e = pcall(function()
  local outer <close> = C("outer")
  local ok2, e2 = pcall(function()
    local inner <close> = C("inner")
    error("inner error", 0)
  end)
  log[#log + 1] = "caught:" .. e2
  error("outer error", 0)
end)
print(ok, e)
print(table.concat(log, " "))
-- error from a function called in a block with close
log = {}
local function thrower() error("deep", 0) end
print(pcall(function()
  local a <close> = C("a")
  do
    local b <close> = C("b")
    thrower()
  end
end))
print(table.concat(log, " "))
