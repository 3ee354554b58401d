-- __pairs
local t = setmetatable({}, {__pairs = function(self)
  local i = 0
  return function(_, k)
    i = i + 1
    if i <= 3 then return i, i * 10 end
  end, self, nil
end})
for k, v in pairs(t) do print(k, v) end
-- __pairs can return extra values; only three are used
local extra = setmetatable({}, {__pairs = function() return next, {a = 1}, nil, "ignored" end})
for k, v in pairs(extra) do print(k, v) end
-- next ignores __pairs
print(next(t))
-- __pairs receiving its table
local seen
local s = setmetatable({}, {__pairs = function(self) seen = self return next, {}, nil end})
for _ in pairs(s) do end
print(seen == s)
-- a non-function __pairs
print(pcall(function() for _ in pairs(setmetatable({}, {__pairs = 1})) do end end))
print(select('#', pairs(nil)), select(2, pairs(nil)))
print(pcall(function() for _ in pairs(nil) do end end))
print(pcall(function() for _ in pairs(5) do end end))
print(pcall(pairs))
-- __index does not affect pairs
local p = setmetatable({x = 1}, {__index = {y = 2}})
local n = 0
for k in pairs(p) do n = n + 1 end
print(n)
