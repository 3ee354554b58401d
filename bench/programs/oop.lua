-- oop: method calls through __index chains: a three-level class hierarchy
-- built with setmetatable, methods found on the object's class, its parent
-- and its grandparent, and fields read through the chain. Size: repetitions
-- (arg[1]).
local N = 120
if arg and arg[1] then N = tonumber(arg[1]) end

local Shape = {}
Shape.__index = Shape
Shape.kind = "shape"
function Shape.new(x, y)
  return setmetatable({ x = x, y = y }, Shape)
end
function Shape:move(dx, dy) self.x = self.x + dx; self.y = self.y + dy end
function Shape:area() return 0 end
function Shape:describe() return self:area() + self.x end

local Rect = setmetatable({}, { __index = Shape })
Rect.__index = Rect
function Rect.new(x, y, w, h)
  local r = setmetatable(Shape.new(x, y), Rect)
  r.w, r.h = w, h
  return r
end
function Rect:area() return self.w * self.h end

local Square = setmetatable({}, { __index = Rect })
Square.__index = Square
Square.kind = "square"
function Square.new(x, y, s)
  return setmetatable(Rect.new(x, y, s, s), Square)
end
function Square:side() return self.w end

local check = 0
for r = 1, N do
  local objs = {}
  for i = 1, 1000 do
    local m = i % 3
    if m == 0 then objs[i] = Shape.new(i, r)
    elseif m == 1 then objs[i] = Rect.new(i, r, i % 7, i % 11)
    else objs[i] = Square.new(i, r, i % 13) end
  end
  local sum = 0
  for step = 1, 25 do
    for i = 1, #objs do
      local o = objs[i]
      o:move(1, -1)
      sum = sum + o:describe() + #o.kind
      if o.kind == "square" then sum = sum + o:side() end
    end
  end
  check = (check + sum) % 1000003
end
print(string.format("oop: %d", check))
