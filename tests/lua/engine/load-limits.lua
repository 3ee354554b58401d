-- compiler limits reported by load
local function c(src) local ok, f, e = pcall(load, src, "=lim") print(ok, f and "compiled" or e) end
local locals = {}
for i = 1, 200 do locals[i] = "l" .. i end
c("local " .. table.concat(locals, ", "))
locals[201] = "l201"
c("local " .. table.concat(locals, ", "))
-- upvalues: 255 are allowed, 256 are too many
local function upsrc(n1, n2)
  local a, b, refs = {}, {}, {}
  for i = 1, n1 do a[i] = "a" .. i refs[#refs + 1] = "a" .. i end
  for i = 1, n2 do b[i] = "b" .. i refs[#refs + 1] = "b" .. i end
  return "local " .. table.concat(a, ", ") .. " = 1\n" ..
    "return function()\nlocal " .. table.concat(b, ", ") .. " = 2\n" ..
    "return function() return {" .. table.concat(refs, ", ") .. "} end end"
end
c(upsrc(150, 105))
c(upsrc(150, 106))
