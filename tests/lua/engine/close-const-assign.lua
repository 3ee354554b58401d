-- to-be-closed variables are constant
print(load("local x <close> = nil; x = 1"))
print(load("local x <close> = nil; local function f() x = 1 end"))
-- the __close metamethod is looked up again when closing
local mt = {__close = function() print("original close") end}
do
  local a <close> = setmetatable({}, mt)
  mt.__close = function() print("replaced close") end
end
print(pcall(function()
  local mt2 = {__close = function() end}
  local b <close> = setmetatable({}, mt2)
  mt2.__close = nil
end))
print(pcall(function()
  local c <close> = setmetatable({}, {__close = function(self, e, extra) print("args", select('#', self, e, extra)) end})
end))
