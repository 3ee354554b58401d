local a <const> = "10" + 1
local b <const> = #"abc"
print(a, b)
