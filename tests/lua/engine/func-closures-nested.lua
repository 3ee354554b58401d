-- deeply nested closures sharing variables across levels
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function()
        a, b, c = a + 1, b + 1, c + 1
        return a + b + c
      end
    end
  end
end
local l2 = level1()
local l3a, l3b = l2(), l2()
local f1, f2 = l3a(), l3a()
local f3 = l3b()
print(f1(), f1(), f2(), f3(), f3())
-- closures created in a loop sharing an outer upvalue and owning an inner one
local fns = {}
local shared = 0
for i = 1, 3 do
  local own = i * 100
  fns[i] = function() shared = shared + 1 own = own + 1 return shared, own end
end
print(fns[1]()) print(fns[2]()) print(fns[1]()) print(fns[3]())
