local a = 1//0
local b = 1%0
local c = -0.0
local d = 0x7fffffffffffffff + 1
local e = math.mininteger // -1
local f = 2^63
