local a <const>, b <const> = 1, 2
local c, d <const> = 3, 4
local e <const>, f = 5
print(a, b, c, d, e, f)
