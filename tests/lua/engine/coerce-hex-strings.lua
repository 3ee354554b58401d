-- hexadecimal strings and numerals
print(tonumber("0x10"), tonumber("0X1F"), tonumber("-0x10"), tonumber("0x"), tonumber("0xg"))
print(tonumber("0x1p4"), tonumber("0x1P-1"), tonumber("0x.8"), tonumber("0x8."), tonumber("0xA.8p1"))
print(tonumber("0xffffffffffffffff"), tonumber("0x10000000000000000"), tonumber("-0xffffffffffffffff"))
print("0x10" + 0, "0x10" * 1.0, "0x1p1" + 0, math.type("0x10" + 0))
print(0xff, 0x7fffffff, 0xffffffff, 0x100000000, -0x1)
print(tonumber("  0x10  "), tonumber("0x 10"), tonumber("0 x10"), tonumber("x10"))
