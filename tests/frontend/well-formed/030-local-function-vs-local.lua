local f = function(n) return f end
local function g(n) return g end
