-- how lua5.4 on x86-64 Linux prints NaNs: 0/0 has the sign bit set
print(0/0, -(0/0))
print(tostring(0/0), tostring(-(0/0)))
print(math.huge - math.huge, math.huge * 0)
print(string.format("%g", -(0/0)))
print((0/0) .. "", (-(0/0)) .. "")
