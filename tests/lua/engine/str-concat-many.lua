-- concatenation of many values, right associative
local a, b, c, d = "a", 1, 2.5, "d"
print(a .. b .. c .. d, a .. (b .. c) .. d)
local s = ""
for i = 1, 100 do s = s .. i % 10 end
print(s, #s)
local parts = {}
for i = 1, 1000 do parts[i] = "x" end
local big = table.concat(parts)
print(#big, #(big .. big .. big))
local x = "1" .. "2" .. "3" .. "4" .. "5" .. "6" .. "7" .. "8" .. "9" .. "10" .. "11" .. "12"
print(x, #x)
print(1 .. 2 .. 3 == "123", -1 .. -2, 1.5 .. 2)
local n = 0
local function f() n = n + 1 return tostring(n) end
print(f() .. f() .. f() .. f())
print(pcall(function() return "a" .. "b" .. nil .. "c" end))
print(pcall(function() local u return "a" .. "b" .. "c" .. u end))
print(pcall(function() local u return u .. "a" .. "b" end))
