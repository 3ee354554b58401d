-- floor division on floats
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print(1 // 0.1, 1 % 0.1 < 0.1, 0.3 // 0.1)
print(1e308 // 1e-308, -1e308 // 1e-308)
print(2^53 // 1, 2^63 // 2, (2^63) // 1 == 2^63)
print(5 // 2.0, math.type(5 // 2.0), 5.0 // 2, -5.0 // 2)
print(-0.0 // 1, 0.0 // -1, -1 // math.huge, 1 // -math.huge)
