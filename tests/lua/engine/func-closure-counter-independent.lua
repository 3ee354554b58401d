-- every call of a closure factory creates independent state
local function mk()
  local n = 0
  return {inc = function() n = n + 1 return n end, reset = function() n = 0 end}
end
local objs = {}
for i = 1, 5 do objs[i] = mk() end
for i = 1, 5 do for j = 1, i do objs[i].inc() end end
local r = {}
for i = 1, 5 do r[i] = objs[i].inc() end
print(table.concat(r, " "))
objs[3].reset()
print(objs[3].inc(), objs[4].inc())
