local function f
(
a
)
end
local g = function
(
)
end
function h
()
end
