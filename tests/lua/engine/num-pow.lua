-- exponentiation always produces a float
print(2^2, 2^0, 2^-1, 2^0.5, (-8)^(1/3) ~= (-8)^(1/3))
print(math.type(2^2), math.type(10^0), 0^0, 0^-1, (-2)^2, -2^2)
print(2^63, 2^64, -2^63 == math.mininteger, 2^63 == math.maxinteger + 1.0)
print(2^1023 * 2 == math.huge, 2^-1080 == 0, 10^15, 10^16)
print(2^3^2, (2^3)^2, -2^-2)
print("2"^3, 2^"3", "2"^"0.5" == 2^0.5)
local a, b = 3, 4
print(a^b, b^a, a^-b)
print(pcall(function() return 2^{} end))
print(1^math.huge, (-1)^math.huge, 2^math.huge, 0.5^math.huge, 2^-math.huge)
