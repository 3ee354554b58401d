-- method calls and self
local obj = {name = "obj", count = 0}
function obj:inc(n) self.count = self.count + (n or 1) return self end
function obj.plain(x) return x end
obj:inc():inc(5):inc()
print(obj.count)
print(obj.plain(1), obj:plain() == obj)
local a = {b = {c = {}}}
function a.b.c:m(x) return self == a.b.c, x end
print(a.b.c:m(42))
function a.b.c.f(x) return x end
print(a.b.c.f(7))
local s = {value = 3}
function s.get(self) return self.value end
print(s:get(), s.get(s), s.get({value = 9}))
-- string and table call sugar
local function id(x) return x end
print(id"str", id[[long]], id{1, 2}[2], type(id{}))
local mt = {}
function mt.new(t) return t end
print(#mt.new{1, 2, 3}, mt.new"x")
-- method on a call result
local function mk() return {v = 5, get = function(self) return self.v end} end
print(mk():get())
print(("%d-%d"):format(1, 2))
