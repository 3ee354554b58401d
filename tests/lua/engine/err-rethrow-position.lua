-- rethrowing a caught message does not add a second position at level 0
local ok, e = pcall(function() error("original") end)
print(e)
print(pcall(function() error(e, 0) end))
print(pcall(function() error(e) end))
print(pcall(function() error(e, 2) end))
local function wrapper() local ok2, e2 = pcall(error, "inner", 1) error(e2) end
print(pcall(wrapper))
