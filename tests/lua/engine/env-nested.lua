-- nested _ENV declarations and upvalue capture
local e1 = {name = "e1"}
local e2 = {name = "e2"}
local get1, get2
do
  local _ENV = e1
  get1 = function() return name end
  do
    local _ENV = e2
    get2 = function() return name end
  end
end
print(get1(), get2())
e1.name = "changed"
print(get1(), get2())
local function f()
  local _ENV = {x = "local env x"}
  local function g() return x end
  _ENV = {x = "reassigned"}
  return g()
end
print(f())
