-- methods looked up through __index receive the original object as self
local Base = {}
Base.__index = Base
function Base:who() return self.name end
function Base:chain() return self end
local Derived = setmetatable({}, Base)
Derived.__index = Derived
local obj = setmetatable({name = "obj"}, Derived)
print(obj:who(), obj:chain() == obj, obj.who == Base.who)
local proxy = setmetatable({name = "proxy"}, {__index = function(_, k) return Base[k] end})
print(proxy:who(), proxy:chain() == proxy)
