-- continue via goto with closures capturing per-iteration locals
local fns = {}
for i = 1, 6 do
  local sq = i * i
  if i % 2 == 0 then goto continue end
  fns[#fns + 1] = function() return sq end
  ::continue::
end
local r = {}
for i, f in ipairs(fns) do r[i] = f() end
print(table.concat(r, " "))
