while x do
  y = 1
