-- __len on tables used by # in expressions and loops
local n = 0
local t = setmetatable({}, {__len = function() n = n + 1 return 3 end})
for i = 1, #t do end
print(n)
local s = 0
local i = 1
while i <= #t do s = s + i i = i + 1 end
print(s, n)
print(#t * 2, -#t, #t .. "", n)
