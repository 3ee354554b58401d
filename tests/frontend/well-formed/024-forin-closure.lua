local fs = {}
for k, v in pairs(t) do fs[k] = function() return k, v end end
