print("hi")
f()
t.f(1)
t:m(2)
t.a.b:c(3, 4)
f()()
f{}
f""
f[[x]]
