local t <const> = {}
local f <const> = print
local v <const> = g()
print(t, f, v)
