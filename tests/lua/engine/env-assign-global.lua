-- assignment to _ENV fields and shadowing
_ENV.count = 0
for i = 1, 3 do count = count + i end
print(count)
local count = "local"
print(count, _ENV.count)
local t = _ENV
_ENV = setmetatable({}, {__index = t, __newindex = function(_, k, v) t.print("set global", k, v) rawset(t, k, v) end})
newglobal = 5
print(newglobal, t.newglobal)
_ENV = t
print(newglobal)
