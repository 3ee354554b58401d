return - - a, not not b, - -1, ~ ~c, #-d, -a ^ -b, not a ^ b, -x.y, #t[1]
