x = 1
y, z = 2, 3
x, y = y, x
