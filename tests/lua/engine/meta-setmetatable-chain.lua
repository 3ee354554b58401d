-- setmetatable returns its first argument; metatables can be shared and changed
local mt1 = {__index = {v = 1}}
local mt2 = {__index = {v = 2}}
local t = setmetatable({}, mt1)
print(t.v)
setmetatable(t, mt2)
print(t.v)
mt2.__index = {v = 3}
print(t.v)
mt2.__index = nil
print(t.v)
local a = setmetatable({}, mt1)
local b = setmetatable({}, mt1)
mt1.__index.v = "shared"
print(a.v, b.v)
-- a metatable can be its own metatable
local self = {}
self.__index = self
self.x = "self"
setmetatable(self, self)
local c = setmetatable({}, self)
print(c.x, self.x)
-- metamethods added after setmetatable are honoured
local late = setmetatable({}, {})
getmetatable(late).__call = function() return "called late" end
print(late())
getmetatable(late).__add = function() return "added late" end
print(late + 1)
