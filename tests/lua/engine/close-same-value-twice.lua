-- the same object in two to-be-closed variables is closed twice
local n = 0
local obj = setmetatable({}, {__close = function() n = n + 1 end})
do
  local a <close> = obj
  local b <close> = obj
end
print(n)
-- a variable closed in a loop body many times
n = 0
for i = 1, 100 do local c <close> = obj end
print(n)
