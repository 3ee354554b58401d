-- line comment
local x = 1 -- trailing
--[[ long
comment ]] local y = 2
--[==[ level
]] ]=] still ]==] local z = 3
---[[ not long
print(x, y, z)
--