-- errors raised by generic-for iterators
print(pcall(function()
  for k in function() error("iterator error") end do end
end))
print(pcall(function()
  local function it(s, c) if c < 2 then return c + 1 end local t = nil return t.x end
  for v in it, nil, 0 do end
end))
print(pcall(function() for k, v in next, nil do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
print(pcall(function() for i, v in ipairs() do end end))
