local a, b = ...
local t = {...}
print(...)
return select("#", ...)
