-- concatenation mixing numbers and strings in long chains
local i, f = 7, 2.5
print(i .. f, f .. i, i .. i, f .. f, i .. "" .. f)
print(1 .. 2 .. 3 .. 4 .. 5, 1.5 .. 2 .. "x" .. -3)
print(math.maxinteger .. math.mininteger)
local parts = {}
for k = 1, 20 do parts[k] = k / 4 end
print(table.concat(parts, " "))
local s = ""
for k = 1, 10 do s = s .. k .. (k % 2 == 0 and "." or ",") end
print(s)
