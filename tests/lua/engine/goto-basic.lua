-- goto: forward, backward, continue idiom, nested blocks
local i = 1
::top::
if i <= 3 then
  print("iteration", i)
  i = i + 1
  goto top
end
for j = 1, 5 do
  if j % 2 == 0 then goto continue end
  print("odd", j)
  ::continue::
end
do
  goto skip
  print("skipped")
  ::skip::
  print("after skip")
end
-- goto out of nested loops
for a = 1, 3 do
  for b = 1, 3 do
    if a * b == 4 then
      print("found", a, b)
      goto done
    end
  end
end
::done::
-- while with continue
local k = 0
while k < 6 do
  k = k + 1
  if k % 3 == 0 then goto cont end
  print("k", k)
  ::cont::
end
-- repeat with continue: the label is at the end of the block
local r = 0
repeat
  r = r + 1
  if r == 2 then goto next end
  print("r", r)
  ::next::
until r >= 3
