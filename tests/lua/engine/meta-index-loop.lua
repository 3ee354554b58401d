-- __index and __newindex loops are detected
local a = {}
local b = {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
print(pcall(function() return a.x end))
local c = {}
setmetatable(c, {__newindex = c})
print(pcall(function() c.x = 1 end))
local self = {}
setmetatable(self, {__index = self})
print(pcall(function() return self.missing end))
-- the limit (MAXTAGLOOP = 2000): 2000 proxies over a table are fine for
-- __index, 2001 are too many; for __newindex 1999 are fine, 2000 too many
local function chain(n)
  local top = {found = "yes"}
  for i = 1, n do top = setmetatable({}, {__index = top}) end
  return top
end
print(chain(2000).found)
print(pcall(function() return chain(2001).found end))
local function nchain(n)
  local top = {}
  for i = 1, n do top = setmetatable({}, {__newindex = top}) end
  return top
end
print(pcall(function() nchain(1999).x = 1 end))
print(pcall(function() nchain(2000).x = 1 end))
