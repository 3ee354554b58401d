-- %d accepts integers and integral floats
print(string.format("%d|%d|%d|%d", 0, -0, 42, -42))
print(string.format("%d|%d", math.maxinteger, math.mininteger))
print(string.format("%d|%d|%d", 3.0, -2.0, 2^53))
print(string.format("%d", "17"), string.format("%d", " 0x10 "))
print(pcall(string.format, "%d", 2^63))
print(pcall(string.format, "%d", 0.5))
print(pcall(string.format, "%d", "1e1"))
