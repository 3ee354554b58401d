-- tail calls with varargs, through methods and through __call
-- slow
local function va(n, ...) if n == 0 then return select('#', ...), ... end return va(n - 1, ...) end
print(va(1000000, "a", "b", "c"))
local obj = {}
function obj:count(n) if n == 0 then return "method done" end return self:count(n - 1) end
print(obj:count(1000000))
local callable = setmetatable({}, {__call = function(self, n) if n == 0 then return "call done" end return self(n - 1) end})
print(callable(1000000))
local function tramp(n) if n == 0 then return "tramp" end return (select(1, tramp))(n - 1) end
print(tramp(100000))
