-- long chains of closures calling each other (non-tail)
local f = function(x) return x end
for i = 1, 10000 do
  local g = f
  f = function(x) return g(x) + 1 end
end
print(f(0))
local t = {}
for i = 1, 5000 do t = {t} end
local function depth(x) if x[1] == nil then return 0 end return 1 + depth(x[1]) end
print(depth(t))
