-- arithmetic on strings yields numbers; comparison never converts
local a, b = "10", "9"
print(a < b, a + 0 < b + 0, a .. b, a + b, a * b)
print(("5" + 0) == 5, "5" == 5, "5" + 0 == "5" + 0.0)
local t = {}
t["5"] = "s"
t[5] = "n"
print(t["5"], t[5], t["5" + 0])
