local s = "a"
return s .. s, s .. s .. s, #s, #{1, 2}, -#s
