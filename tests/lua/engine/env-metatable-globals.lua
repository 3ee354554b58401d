-- strict globals through a metatable on _ENV
local declared = {}
local mt = {
  __newindex = function(t, k, v) declared[k] = true rawset(t, k, v) end,
  __index = function(_, k) if not declared[k] then error("undeclared global '" .. tostring(k) .. "'", 2) end end,
}
setmetatable(_ENV, mt)
known = 1
print(known)
print(pcall(function() return unknown end))
known = nil
print(known)
print(pcall(function() local v = unknown2 + 1 end))
setmetatable(_ENV, nil)
print(unknown)
