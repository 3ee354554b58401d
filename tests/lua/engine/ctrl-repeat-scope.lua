-- the until expression can see body locals; closures capture per iteration
local i = 0
local caps = {}
repeat
  local j = i * 2
  caps[#caps + 1] = function() return j end
  i = i + 1
until j >= 6
print(i, #caps, caps[1](), caps[4]())
-- nested repeat
local out = {}
local a = 0
repeat
  a = a + 1
  local b = 0
  repeat
    b = b + 1
    out[#out + 1] = a * 10 + b
  until b >= a
until a >= 3
print(table.concat(out, " "))
-- repeat with continue via goto must not skip into the scope of a local
local n = 0
repeat
  n = n + 1
  if n % 2 == 1 then goto cont end
  ::cont::
until n >= 4
print(n)
