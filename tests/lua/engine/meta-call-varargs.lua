-- __call receives the object followed by all arguments
local f = setmetatable({}, {__call = function(...) return select('#', ...), select(2, ...) end})
print(f())
print(f(nil))
print(f(1, nil, 3))
print(f(table.unpack({1, 2, 3, 4, 5})))
local function pass(...) return f(...) end
print(pass("a", "b"))
-- __call with a method-style call
local obj = {fn = f}
local n, self_, x = obj:fn("x")
print(n, self_ == obj, x)
-- calling through pcall and with table.unpack results
print(pcall(f, "p"))
-- __call chain: a callable whose __call is a callable table
local base = setmetatable({}, {__call = function(self, a, b, c, d) return "base", select('#', a, b, c, d), type(a), type(b), c, d end})
local mid = setmetatable({}, {__call = base})
local top = setmetatable({}, {__call = mid})
print(base(1))
print(mid(1))
print(top(1))
