-- deep_recursion: non-tail recursion one million calls deep, repeated. Only
-- an engine with a raised depth limit runs it (stackless-lua with maxDepth);
-- PUC Lua and LuaJIT stop with "stack overflow". Size: depth (arg[1]).
local N = 1000000
if arg and arg[1] then N = tonumber(arg[1]) end

local function down(n)
  if n == 0 then return 0 end
  return 1 + down(n - 1)
end

local function sum(t, i, n)
  if i > n then return 0 end
  return t[i] + sum(t, i + 1, n)
end

local check = 0
for r = 1, 3 do
  check = check + down(N - r)
end
local t = {}
for i = 1, 1000 do t[i] = i % 17 end
check = check + sum(t, 1, 1000)
print(string.format("deep_recursion(%d): %d", N, check))
