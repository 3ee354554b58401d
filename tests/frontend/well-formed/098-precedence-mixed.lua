return a or b and c, a and b or c and d, a < b and b < c, a .. b == c, not a == b, a + b .. c + d, 1 .. 2 .. 3
