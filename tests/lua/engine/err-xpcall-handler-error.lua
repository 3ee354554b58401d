-- errors inside the message handler
print(xpcall(function() error("first") end, function(e) error("second") end))
print(xpcall(function() error("first") end, function(e) local x = nil; return x.y end))
print(pcall(xpcall, function() error("first") end, 42))
local depth = 0
print(xpcall(function() error("x") end, function(e) depth = depth + 1 if depth < 5 then error(e) end return "stopped at " .. depth end))
