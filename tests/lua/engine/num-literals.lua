-- numeric literal forms
print(0, 00, 007, 1e0, 1E+1, 1e-1, 0.5e1, 3., .3, 0x0, 0Xff, 0xA0, 0xa.8, 0x.1)
print(0x1p-1, 0x1P+4, 0xffp0, 0x1.8p1, 1e+308, 1e-308)
print(math.type(0x10), math.type(0x10p0), math.type(1e0), math.type(100))
print(18446744073709551615, 18446744073709551616, 0xffffffffffffffff)
print(123456789012345678901234567890)
print(1//1, 1.//1, 3 - -3, - - 2, -(-2))
print(0x7fffffffffffffff + 0, 0x8000000000000000 + 0)
