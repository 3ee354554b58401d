local f = function() end
local g = function(...) return select("#", ...) end
h = function(a, b) return a + b end
