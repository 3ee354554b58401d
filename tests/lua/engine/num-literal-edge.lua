-- numeric literals at the edges of the integer range
print(9223372036854775807, -9223372036854775807, -9223372036854775807 - 1)
print(math.type(9223372036854775807), math.type(9223372036854775808))
print(0x7FFFFFFFFFFFFFFF == math.maxinteger, 0x8000000000000000 == math.mininteger)
print(0xFFFFFFFFFFFFFFFF == -1, 0x1FFFFFFFFFFFFFFFF == -1, 0xABCDEF0123456789ABCDEF)
print(1e309, -1e309, 2e-324, 1e-400)
print(0.1e1, 1.e1, 0x.1p4, 0x1.p1, 0X1P-2)
print(tonumber("0x1" .. string.rep("0", 16)), tonumber("1" .. string.rep("0", 19)))
print(load("return 9223372036854775808")(), load("return -9223372036854775808")())
