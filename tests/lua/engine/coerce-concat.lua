-- numbers are converted to strings by concatenation
print(1 .. 2, 1.0 .. "", -0.0 .. "", 1e100 .. "", 2^63 .. "", 0.1 .. "")
print(math.maxinteger .. "", math.mininteger .. "", 1/0 .. "", -1/0 .. "")
print("a" .. 1 .. 2.5 .. "b", 10 .. 20 == "1020", type(1 .. 2))
local n = 42
print("n=" .. n, n .. "=n", n .. n)
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
print(pcall(function() local x return "a" .. x end))
print(pcall(function() local t = {} return t.x .. "a" end))
print(pcall(function() return 1 .. print end))
local t = {}
for i = 1, 10 do t[i] = i * 1.5 end
print(table.concat(t, ","))
print(table.concat({1, 2.0, "x", -0.0}, "|"))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2, nil, 4}, ",", 1, 4))
print(table.concat({}, ","), table.concat({"a"}, ","), table.concat({1, 2, 3}, ", ", 2, 3))
print(table.concat({1, 2, 3}, "", 3, 2), table.concat({"a", "b"}))
