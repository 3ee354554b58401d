local t = {f = function(self, ...) return ... end}
t:f(1, 2)
t.f(t, 3)
