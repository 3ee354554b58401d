local a = 1 & 1.5
local b = "a" + 1
local c = {} .. "x"
