-- ... outside a vararg function is a compile error
print(load("local function f() return ... end"))
print(load("local function f(a) local t = {...} end"))
print(load("return function(...) return function() return ... end end"))
print(load("return ...") ~= nil)
print(load("local function f(...) local function g() return 1 end return ... end") ~= nil)
