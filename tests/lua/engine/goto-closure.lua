-- backward goto creates a fresh local each time around
local fns = {}
local i = 1
::again::
local x = i * 10
fns[#fns + 1] = function() return x end
i = i + 1
if i <= 3 then goto again end
print(fns[1](), fns[2](), fns[3]())
-- goto out of a block with a captured local
local saved
do
  local v = "captured"
  saved = function() return v end
  goto out
end
::out::
print(saved())
-- labels at the end of blocks with locals before them
do
  local a = 1
  goto e
  local b = 2
  ::e::
end
print("ok")
