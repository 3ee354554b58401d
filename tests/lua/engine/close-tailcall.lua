-- a return call in a function with a pending to-be-closed variable is not a tail call:
-- the variable is closed after the called function returns
local log = {}
local function C(n) return setmetatable({}, {__close = function() log[#log + 1] = "close " .. n end}) end
local function callee() log[#log + 1] = "callee runs" return "result" end
local function f()
  local x <close> = C("x")
  return callee()
end
print(f())
print(table.concat(log, ", "))
-- errors in the callee still close
log = {}
local function g()
  local y <close> = C("y")
  return error("callee error", 0)
end
print(pcall(g))
print(table.concat(log, ", "))
