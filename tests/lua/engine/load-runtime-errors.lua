-- runtime errors inside functions defined in loaded chunks
local src = [[
local M = {}
function M.divide(a, b)
  return a // b
end
function M.index(t)
  return t.field.sub
end
function M.call()
  return notdefined()
end
function M.raise(msg, lvl)
  error(msg, lvl)
end
return M
]]
local M = load(src, "=module")()
print(pcall(M.divide, 1, 0))
print(pcall(M.index, {}))
print(pcall(M.call))
print(pcall(M.raise, "raised"))
print(pcall(M.raise, "raised at 2", 2))
local M2 = load(src)()
print(pcall(M2.index, {}))
local M3 = load(src, "@modfile.lua")()
print(pcall(M3.call))
print(pcall(function() M3.raise("via wrapper", 2) end))
