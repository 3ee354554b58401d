-- while and repeat-until
local i, s = 0, 0
while i < 10 do i = i + 1; s = s + i end
print(i, s)
while false do print("never") end
local n = 0
repeat n = n + 1 until n >= 5
print(n)
-- the until condition sees locals of the body
local k = 0
repeat
  local done = k >= 3
  k = k + 1
until done
print(k)
-- repeat body runs at least once
local ran = 0
repeat ran = ran + 1 until true
print(ran)
-- break inside while and repeat
local w = 0
while true do w = w + 1 if w == 7 then break end end
print(w)
local r = 0
repeat r = r + 1 if r == 3 then break end until false
print(r)
-- nested loops with break only leaving the inner loop
local pairs_found = {}
for a = 1, 3 do
  for b = 1, 3 do
    if b > a then break end
    pairs_found[#pairs_found + 1] = a .. b
  end
end
print(table.concat(pairs_found, " "))
-- closure in the until condition scope
local fns = {}
local c = 0
repeat
  local x = c
  fns[#fns + 1] = function() return x end
  c = c + 1
until (function() return x >= 2 end)()
print(#fns, fns[1](), fns[3]())
