-- the length operator
print(#"hello", #"", #("a" .. "b"), #tostring(12345), #tostring(1.5))
local s = "xyz"
print(#s + 1, -#s, #s == 3, #s .. "")
print(pcall(function() return #5 end))
print(pcall(function() local n = 5 return #n end))
print(pcall(function() return #nil end))
print(pcall(function() local t = {} return #t.x end))
print(pcall(function() return #true end))
print(pcall(function() return #print end))
print(pcall(function() return #x end))
print(rawlen("abc"), rawlen({1, 2}), pcall(rawlen, 5))
