-- deep non-tail mutual recursion and recursion over a long linked list
-- slow
local a, b
function a(n) if n == 0 then return 0 end return b(n - 1) + 1 end
function b(n) if n == 0 then return 0 end return a(n - 1) + 2 end
print(a(150000))
local function depth(t) if t == nil then return 0 end return 1 + depth(t.next) end
local list
for i = 1, 150000 do list = {next = list} end
print(depth(list))
