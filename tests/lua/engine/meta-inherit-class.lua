-- classes and inheritance with metatables
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name = name
  self.sound = sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog, which is an " .. Animal.kind(self) end
function Dog:fetch() return self.name .. " fetches" end
local a = Animal.new("cat", "meow")
local d = Dog.new("rex")
print(a:speak(), a:kind())
print(d:speak(), d:kind(), d:fetch())
print(getmetatable(d) == Dog, getmetatable(a) == Animal, d.fetch == Dog.fetch, a.fetch)
print(pcall(function() return a:fetch() end))
Dog.__tostring = function(self) return "Dog<" .. self.name .. ">" end
print(tostring(d))
Animal.__eq = function(x, y) return x.name == y.name end
print(Animal.new("x", "1") == Animal.new("x", "2"))
