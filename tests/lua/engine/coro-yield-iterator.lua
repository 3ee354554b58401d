-- yields inside for-in iterators and loop bodies
local co = coroutine.wrap(function()
  local function iter(_, i)
    if i < 3 then
      local v = coroutine.yield("iter " .. i)
      return i + 1, v
    end
  end
  for i, v in iter, nil, 0 do
    print("body", i, v)
    coroutine.yield("body " .. i)
  end
  for k, v in pairs({10, 20}) do coroutine.yield("pairs " .. k .. "=" .. v) end
  for i = 1, 2 do coroutine.yield("numeric " .. i) end
  return "end"
end)
local v = co()
local n = 0
while v ~= "end" do
  n = n + 1
  print(v)
  v = co("v" .. n)
end
