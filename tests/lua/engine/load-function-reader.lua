-- load with a reader function
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
local done = false
print(load(function() if done then return nil end done = true return "return 'one piece'" end)())
local n = 0
print(load(function() n = n + 1 if n == 1 then return "return 5" end return "" end)())
-- numbers count as strings for the reader
local m = 0
print(load(function() m = m + 1 if m == 1 then return "return " elseif m == 2 then return 12 end end)())
print(pcall(load, function() return {} end))
print(pcall(load, function() error("reader failed") end))
local pieces = {"local t = {", "1, 2,", " 3}", " return #t"}
local k = 0
print(load(function() k = k + 1 return pieces[k] end)())
