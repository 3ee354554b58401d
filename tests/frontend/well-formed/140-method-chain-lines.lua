local r = obj
  :a()
  :b(1)
  .c
  :d"x"
