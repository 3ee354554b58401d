local t = {a, b = 1, c}
t = {x
= 1}
t = {y
"s"}
t = {z.w, q}
