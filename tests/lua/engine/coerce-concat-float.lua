-- number to string conversion in concatenation uses the same format as tostring
local vals = {1, 1.0, -1.5, 1e15, 1e16, 2^53, 0.1, 1/3, 1e-10, 123456789012, 2^63, -2^63, 100 / 3}
for _, v in ipairs(vals) do
  print(v .. "", tostring(v) == v .. "", "[" .. v .. "]")
end
print(1 .. "", 1. .. "", -0 .. "", 0x10 .. "", 1e2 .. "")
