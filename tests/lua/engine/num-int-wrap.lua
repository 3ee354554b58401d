-- 64-bit integer wrap-around
local maxi, mini = math.maxinteger, math.mininteger
print(maxi, mini)
print(maxi + 1 == mini, mini - 1 == maxi)
print(maxi + 1, mini - 1)
print(maxi * 2, mini * 2, maxi * maxi, mini * mini)
print(-mini, -mini == mini)
print(1 << 63, (1 << 63) == mini)
print(1 << 62, (1 << 63) - 1)
print(mini // -1, mini % -1)
print(math.type(mini // -1), math.type(mini % -1))
print(maxi // -1, maxi % -1)
print(-maxi - 1 == mini)
print(maxi + maxi, mini + mini)
print(0x7fffffffffffffff, 0xffffffffffffffff, 0x8000000000000000)
print(0x10000000000000000, 0x1ffffffffffffffff)
print(9223372036854775807, math.type(9223372036854775807))
print(9223372036854775808, math.type(9223372036854775808))
print(-9223372036854775808, math.type(-9223372036854775808))
print(math.mininteger == -9223372036854775807 - 1)
local x = 1
for i = 1, 70 do x = x * 2 end
print(x)
local y = 3
for i = 1, 50 do y = y * 3 end
print(y)
local a = 6700417 * 641
print(a, a * a * a)
print(12345678901 * 98765432109)
