-- upvalues survive after the enclosing function returns; loops close them
local function make()
  local list = {}
  for i = 1, 3 do
    local v = i
    list[i] = {get = function() return v end, set = function(x) v = x end}
  end
  return list
end
local l = make()
l[2].set(20)
print(l[1].get(), l[2].get(), l[3].get())
-- a while loop with break closes the captured local
local saved = {}
local i = 0
while true do
  i = i + 1
  local cap = i
  saved[i] = function() return cap end
  if i == 3 then break end
end
print(saved[1](), saved[2](), saved[3]())
-- upvalue shared between a closure and the enclosing function after modification
local function outer()
  local n = 0
  local function inc() n = n + 1 end
  inc() inc()
  local before = n
  inc()
  return before, n
end
print(outer())
