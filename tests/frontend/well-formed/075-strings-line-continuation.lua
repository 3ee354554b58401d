local s = "a\
b\
c"
return s
