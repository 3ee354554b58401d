local t = {}
t.a = 1
t["b"] = 2
t[1], t[2] = 3, 4
t.a.b.c = 5
