local a, b <close>, c = 1, nil, 3
print(a, c)
