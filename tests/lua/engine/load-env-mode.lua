-- load mode and env arguments
print(type(load("return 1", "c", "t")))
print(load("return 1", "c", "b"))
print(load("return 1", "c", "x"))
print(pcall(load, "return 1", "c", 5))
local env = {val = "from env"}
print(load("return val", "c", "t", env)())
print(pcall(load("return val", "c", "t", nil)))
print(load("return val", "c", "bt", env)())
local f = load("val = 'changed'; return val", nil, nil, env)
print(f(), env.val)
-- env can be any value
print(pcall(load("return x", "c", "t", 7)))
print(load("return _ENV", "c", "t", "str")())
-- a chunk without free names still works with env = nil
print(load("local a = 2 return a * 3", "c", "t", nil)())
