-- __close of a generic for's closing value yields when the loop breaks
local co = coroutine.wrap(function()
  local closer = setmetatable({}, {__close = function() coroutine.yield("closing loop") end})
  for i in function(_, c) if c < 10 then return c + 1 end end, nil, 0, closer do
    if i == 2 then break end
  end
  return "after loop"
end)
print(co())
print(co())
