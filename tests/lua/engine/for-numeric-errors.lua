-- errors in numeric for
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0 do end end))
print(pcall(function() for i = 1, 10, 0.0 do end end))
print(pcall(function() for i = "a", 10 do end end))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = 1, 2, "s" do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, false do end end))
print(pcall(function() local t = {} for i = t.start, 2 do end end))
-- numeric strings are converted (to floats or integers, as the string says)
for i = "1", 2 do print(i, math.type(i)) end
for i = 1, "2" do print(i, math.type(i)) end
for i = 1, 2, "1" do print(i, math.type(i)) end
for i = "1.0", 2 do print(i, math.type(i)) end
for i = 1, " 0x2 ", "1.0" do print(i, math.type(i)) end
print(pcall(function() for i = 1, 2, "0" do end end))
