local t = t
local print = print
print(t)
