local r = a.b["c"]:d(1)(2).e:f "g" {h = 1}
