-- load with an env table
local env = {x = 5}
local f = load("x = x + 1; return x", "chunk", "t", env)
print(f(), f(), env.x, x)
local g = load("return print", "c", "t", {})
print(g())
local h = load("local a = ... ; return _ENV, a")
local e, a = h("arg")
print(e == _ENV, a)
local k = load("return y", "c", "t", nil)
y = "global y"
print(pcall(k))
local m = load("return _ENV", "c", "t", 42)
print(m())
local n = load("return v", "c", "t", setmetatable({}, {__index = function(_, key) return "dyn " .. key end}))
print(n())
print(pcall(load("return undefined.field", "=c", "t", {})))
print(pcall(load("nothere()", "=c", "t", {})))
