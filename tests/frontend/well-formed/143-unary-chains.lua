local x = - - - 1
local y = not not not true
local z = ~ ~ ~ 5
local w = # # "x"
