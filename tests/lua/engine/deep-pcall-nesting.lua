-- many nested pcalls (each pcall counts as a C call: keep below the limit)
local function nest(n)
  if n == 0 then error("bottom", 0) end
  local ok, e = pcall(nest, n - 1)
  return "level " .. n .. " caught " .. tostring(e)
end
print(nest(1))
print(nest(150))
local function nest2(n)
  if n == 0 then return "ok" end
  return select(2, pcall(nest2, n - 1))
end
print(nest2(150))
