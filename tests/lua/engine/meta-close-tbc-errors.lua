-- __close metamethods that are not functions
print(pcall(function() local x <close> = setmetatable({}, {__close = 1}) end))
print(pcall(function() local x <close> = setmetatable({}, {__close = "s"}) end))
print(pcall(function() local x <close> = setmetatable({}, {__close = setmetatable({}, {__call = function() print("callable close") end})}) end))
print(pcall(function() local x <close> = setmetatable({}, {__index = {__close = function() end}}) end))
