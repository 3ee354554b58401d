-- __index chains several levels deep
local A = {a = "A"}
local B = setmetatable({b = "B"}, {__index = A})
local C = setmetatable({c = "C"}, {__index = B})
local D = setmetatable({d = "D"}, {__index = C})
local obj = setmetatable({}, {__index = D})
print(obj.a, obj.b, obj.c, obj.d, obj.e)
A.e = "late"
print(obj.e)
-- a chain mixing functions and tables
local calls = {}
local F = setmetatable({}, {__index = function(t, k) calls[#calls + 1] = k return k .. "!" end})
local G = setmetatable({}, {__index = F})
local H = setmetatable({}, {__index = G})
print(H.foo, H.bar, #calls, calls[1], calls[2])
-- long chain
local top = {deep = "found"}
local cur = top
for i = 1, 100 do cur = setmetatable({}, {__index = cur}) end
print(cur.deep, cur.missing)
