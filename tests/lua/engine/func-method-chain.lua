-- method definitions and calls on nested tables
local a = {b = {c = {n = 0}}}
function a.b.c:add(x) self.n = self.n + x return self end
function a.b.c.static(x) return x * 2 end
a.b.c:add(1):add(2):add(3)
print(a.b.c.n, a.b.c.static(21))
local obj = {items = {}}
function obj:push(...)
  for i = 1, select('#', ...) do self.items[#self.items + 1] = (select(i, ...)) end
  return self
end
function obj:size() return #self.items end
print(obj:push(1, 2):push(3):size())
local s = "abc"
print(s:rep(2), ("-"):rep(3), s.rep(s, 1))
local str = {format = function(self, x) return "custom " .. x end}
print(str:format(5))
