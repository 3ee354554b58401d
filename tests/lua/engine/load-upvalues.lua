-- loaded chunks are closures with only _ENV as upvalue; they don't see locals
local secret = "local value"
print(load("return secret")())
secret2 = "global value"
print(load("return secret2")())
local f = load("local a = ... ; return function() a = a + 1 return a end")
local c1 = f(10)
local c2 = f(20)
print(c1(), c1(), c2())
-- each call of the loaded function is independent
local counter = load("count = (count or 0) + 1 return count")
print(counter(), counter(), count)
-- chunks are vararg functions
print(load("return select('#', ...)")(1, nil, nil))
print(load("local t = {...} return #t")(1, 2, 3))
