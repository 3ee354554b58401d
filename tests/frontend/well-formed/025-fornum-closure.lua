local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
