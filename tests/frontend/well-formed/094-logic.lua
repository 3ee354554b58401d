local a, b = 1, 2
return a and b, a or b, not a, a and b or c, not not a
