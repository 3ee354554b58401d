-- comparison operators on all comparable types
print(1 < 2, 2 <= 2, 3 > 2, 3 >= 4, 1 == 1, 1 ~= 1)
print("a" < "b", "a" <= "a", "b" > "a", "a" >= "b", "a" == "a", "a" ~= "b")
print(1.5 < 2, 2 <= 2.0, -0.0 < 0, -0.0 <= 0, math.huge > math.maxinteger)
print(nil == false, nil ~= false, false == false, true ~= false)
print({} == {}, print == print, "1" == 1, 1 == 1.0)
local t = {}
print(t == t, t ~= t)
print(pcall(function() return 1 < "1" end))
print(pcall(function() return nil <= nil end))
