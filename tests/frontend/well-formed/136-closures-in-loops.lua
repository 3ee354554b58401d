local t = {}
while #t < 3 do local n = #t; t[#t + 1] = function() return n end end
repeat local m = 1; t[#t + 1] = function() return m end until true
