-- closures created in the same scope share upvalues
local function make()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  local function incr() v = v + 1 end
  return get, set, incr
end
local get, set, incr = make()
set(5); incr(); incr()
print(get())
local g2, s2 = make()
s2(100)
print(get(), g2())
-- a local modified after closure creation
local x = 1
local function rx() return x end
x = 2
print(rx())
-- parameter captured
local function capt(p) local f = function() return p end p = p * 10 return f end
print(capt(3)())
-- upvalue of upvalue
local function outer()
  local a = 1
  return function()
    local b = 10
    return function()
      a = a + 1
      b = b + 1
      return a, b
    end
  end
end
local mid = outer()
local in1, in2 = mid(), mid()
print(in1()); print(in1()); print(in2()); print(in2())
