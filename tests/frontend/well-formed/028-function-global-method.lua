function obj:method(a, b)
  return self.x + a + b
end
