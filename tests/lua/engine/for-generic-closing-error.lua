-- the closing value is closed when the iterator raises an error
local function C() return setmetatable({}, {__close = function(_, e) print("closed with", e) end}) end
local n = 0
print(pcall(function()
  for x in function() n = n + 1 if n == 3 then error("iterator failed", 0) end return n end, nil, nil, C() do
    print("iteration", x)
  end
end))
print(pcall(function()
  for x in next, {}, nil, C() do end
  error("after loop", 0)
end))
