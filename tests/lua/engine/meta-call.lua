-- __call
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b, ...)
  return self.name, a, b, select('#', ...)
end})
print(callable(1, 2, 3, 4))
print(callable())
print(pcall(callable, "x"))
local t = {callable(5)}
print(#t, t[1], t[2])
-- __call on a table whose __call is itself a callable table
local inner = setmetatable({}, {__call = function(self, x, y, z) return "inner", type(x), type(y), z end})
local outer = setmetatable({}, {__call = inner})
print(outer("arg"))
local outer2 = setmetatable({}, {__call = outer})
print(outer2("a2"))
-- method call through __call
local obj = {m = callable}
print(select(3, obj:m("q")))
-- non-callable
print(pcall(function() local x = setmetatable({}, {}) x() end))
print(pcall(function() local x = setmetatable({}, {__call = 1}) x() end))
print(pcall(function() local x = {} return x.y() end))
-- coroutine.wrap, pcall, xpcall with callable tables
print(xpcall(callable, print, "xp"))
print(pcall(coroutine.wrap, callable))
print(pcall(coroutine.create, callable))
