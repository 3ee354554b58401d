local t = {a = {b = {}}}
function t.a.b.f(x) return x end
function t.a.b:m(y) return self, y end
