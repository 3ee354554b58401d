-- a to-be-closed variable in a loop body is closed on every iteration
local n = 0
local function C(i) return setmetatable({}, {__close = function() n = n + 1 print("close", i) end}) end
for i = 1, 3 do
  local c <close> = C(i)
  if i == 2 then goto continue end
  print("body", i)
  ::continue::
end
print(n)
-- backward goto leaves the scope and closes
local k = 0
::again::
do
  local c <close> = C("g" .. k)
  k = k + 1
  if k < 3 then goto again end
end
print("k", k)
-- while loop with break
local w = 0
while true do
  local c <close> = C("w" .. w)
  w = w + 1
  if w == 2 then break end
end
-- repeat: the variable is still open while the condition is evaluated
local r = 0
repeat
  local c <close> = C("r" .. r)
  r = r + 1
until (function() print("until check", r) return r >= 2 end)()
