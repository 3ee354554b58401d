-- the 4th value of a generic for is a to-be-closed value
local function closer(name)
  return setmetatable({}, {__close = function(_, err) print("closed", name, err) end})
end
local function iter(limit, name)
  local i = 0
  return function() i = i + 1 if i <= limit then return i end end, nil, nil, closer(name)
end
for i in iter(2, "normal") do print("body", i) end
print("after normal")
for i in iter(10, "break") do
  if i == 2 then break end
  print("body", i)
end
print("after break")
local function findfirst()
  for i in iter(10, "return") do
    if i == 3 then return i end
  end
end
print("returned", findfirst())
print(pcall(function()
  for i in iter(10, "error") do
    if i == 2 then error("loop error") end
  end
end))
for i in iter(5, "goto") do
  if i == 2 then goto out end
end
::out::
print("after goto")
-- nil and false are allowed as the closing value
for i in function(_, c) if c < 2 then return c + 1 end end, nil, 0, nil do print("nil closer", i) end
for i in function(_, c) if c < 1 then return c + 1 end end, nil, 0, false do print("false closer", i) end
print(pcall(function() for i in next, {}, nil, 42 do end end))
print(pcall(function() for i in next, {}, nil, {} do end end))
