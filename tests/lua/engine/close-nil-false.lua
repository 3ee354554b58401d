-- nil and false are valid to-be-closed values and are ignored
do
  local a <close> = nil
  local b <close> = false
  print("block with nil and false")
end
print("ok")
print(pcall(function() local x <close> = 1 end))
print(pcall(function() local x <close> = "str" end))
print(pcall(function() local x <close> = {} end))
print(pcall(function() local x <close> = true end))
print(pcall(function() local x <close> = print end))
-- the check happens at the declaration, before later statements
print(pcall(function()
  local ok <close> = setmetatable({}, {__close = function() print("first closed") end})
  local bad <close> = 10
  print("not reached")
end))
