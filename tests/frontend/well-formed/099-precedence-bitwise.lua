return a | b ~ c & d << e >> f .. g, a & b == c, ~a & b, a << b + c, a | b | c
