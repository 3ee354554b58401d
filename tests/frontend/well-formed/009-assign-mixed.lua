local a, t = 1, {}
a, t[a], b = 3, 4, 5
