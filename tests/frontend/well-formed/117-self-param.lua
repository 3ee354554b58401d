local t = {}
function t:get() return self end
function t.static(self) return self end
function t:nested() return function() return self end end
