local a, b, c = 1, 2, 3
a = 10
local function f() b = 20 end
for i = 1, 2 do i = i + 1 end
local function g() end
g = nil
print(c)
