-- arithmetic with infinities
local inf = math.huge
print(inf + 1, inf - inf ~= inf - inf, inf * 0 ~= inf * 0, inf / inf ~= inf / inf, -inf * -1)
print(inf > math.maxinteger, -inf < math.mininteger, inf == inf, -inf == -inf, inf ~= -inf)
print(1 / inf, -1 / inf, inf // 1, -inf // 1, 1 // inf, -1 // inf)
print(inf % 2 ~= inf % 2, 2 % inf, -2 % inf, 2 % -inf)
print(math.type(inf), math.tointeger(inf), pcall(function() return inf | 0 end))
print(2^1024, -(2^1024), 10^309 == inf)
