function f() end
function f(a) return a end
function f(a, b, ...) return ... end
