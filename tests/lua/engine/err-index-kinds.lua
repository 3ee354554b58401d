-- indexing non-tables
local vals = {nil, true, 1, 1.5, print, coroutine.create(print)}
for i = 1, 6 do
  local v = vals[i]
  print(pcall(function() return v.field end))
  print(pcall(function() v.field = 1 end))
end
print(pcall(function() local s = "str" s.x = 1 end))
print(pcall(function() return ("str").x end))
print(pcall(function() return ("str")[1] end))
print(pcall(function() return (1)[1] end))
