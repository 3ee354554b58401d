local a, b = 1, 2
local function f() return a end
print(b)
for i = 1, 2 do local j = i; (function() return j end)() end
