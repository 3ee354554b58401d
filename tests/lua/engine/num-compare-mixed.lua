-- exact comparisons between integers and floats
local maxi, mini = math.maxinteger, math.mininteger
print(2^53 == 2^53 + 1, (2^53 | 0) + 1 == 2^53, (2^53 | 0) + 1)
print(maxi < 2^63, maxi <= 2^63, maxi + 0.0 == 2^63, maxi == 2^63, maxi + 0.0 == maxi)
print(mini == -2^63, mini < -2^63, mini <= -2^63, mini > -2^63)
print(maxi - 1 < maxi + 0.0, maxi > 2^62 * 1.5, maxi >= 9.2233720368547748e18)
print(2^53 < (2^53 | 0) + 1, (2^53 | 0) + 1 > 2^53, (2^53 | 0) + 1 >= 2^53)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1 < 1.5, 1 <= 1.0, 2 > 1.5, -1 < -0.5, 0 == -0.0, 0 < 0.0, 0 <= -0.0)
print(3 < math.huge, 3 > -math.huge, maxi < math.huge, mini > -math.huge)
print(math.huge > maxi, -math.huge < mini, math.huge == math.huge)
local nan = 0/0
print(1 < nan, 1 > nan, maxi < nan, mini >= nan, nan == 1)
print(-0.0 < 0, -0.0 >= 0, 1 == 1.0000000000000002, 1 < 1.0000000000000002)
print(maxi == maxi + 0.0 - 1, maxi // 1 == maxi, maxi - 512 < 2^63 - 1024)
for _, f in ipairs({2^63, -2^63, 2^62, 2.5, -2.5}) do
  print(f, maxi < f, maxi <= f, mini < f, mini <= f, 2 < f, 2 > f, f < 0)
end
