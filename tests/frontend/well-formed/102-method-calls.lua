local s = ("x"):rep(3)
local o = {}
o:m()
o.a:m(1, 2)
o["k"]:m()
o:m():n():o()
