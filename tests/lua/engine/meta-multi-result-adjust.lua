-- metamethod results are adjusted to one value
local mt = {
  __index = function() return 1, 2 end,
  __add = function() return 3, 4 end,
  __concat = function() return 5, 6 end,
  __call = function() return 7, 8 end,
  __len = function() return 9, 10 end,
  __eq = function() return 11, 12 end,
  __lt = function() return false, true end,
}
local t = setmetatable({}, mt)
print(t.x, t + 1, t .. "", #t, t == setmetatable({}, mt), t < t)
print(t())
local r = {t.x, t + 1}
print(#r)
