-- basic arithmetic and precedence
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ^ 2, -3 ^ 2, 2 ^ -1, 10 - 4 - 3, 100 / 10 / 5)
print(7 // 2 * 2 + 7 % 2, 1 + 2 .. 3 + 4, "a" .. 1 + 2, 2 ^ 2 .. "")
print(not nil == true, not 1 == nil, #"abc" + 1, -#"ab", - -1)
print(1 < 2 == true, "a" < "b" == not false, 1 + 1 == 2 and 3 or 4)
print(2 ^ 3 ^ 2, 2 ^ (3 ^ 2), (2 ^ 3) ^ 2, -2 ^ 2, (-2) ^ 2)
print(1 .. 2 .. 3, "x" .. "y" .. "z" == "xyz")
print(5 & 3 == 1, 1 << 2 + 1, 1 + 1 << 1, 3 | 4 & 5, 3 ~ 5 | 1)
print(1 < 2 and 2 < 3, nil and 1, false or nil, nil or false, 0 and "zero")
print(#"abc" == 3, #{1, 2, 3} * 2, -2 ^ -2, 2 ^ -2 ^ -1)
local a, b, c = 10, 3, 2.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ^ c > 316, -a)
print(a + c, a - c, a * c, a / c, a // c, a % c, -c)
print(b * c // 1, (a + b) * c % 4)
