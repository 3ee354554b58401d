local a =
  1 +
  2
local b = f(
  a,
  a
)
local c = a
  .b
  .c
local d = a
  [1]
local e = g
"s"
