local _ = 1
local __x, _Y1, a_b_c = 2, 3, 4
_G.x = _
