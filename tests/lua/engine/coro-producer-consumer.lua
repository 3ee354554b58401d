-- producer / filter / consumer pipeline
local function producer(items)
  return coroutine.create(function()
    for _, x in ipairs(items) do coroutine.yield(x) end
  end)
end
local function receive(prod)
  local ok, v = coroutine.resume(prod)
  return v
end
local function filter(prod, pred)
  return coroutine.create(function()
    while true do
      local x = receive(prod)
      if x == nil then return end
      if pred(x) then coroutine.yield(x) end
    end
  end)
end
local function map(prod, f)
  return coroutine.create(function()
    for x in function() return receive(prod) end do coroutine.yield(f(x)) end
  end)
end
local p = map(filter(producer({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), function(x) return x % 2 == 0 end), function(x) return x * x end)
local got = {}
while true do
  local v = receive(p)
  if v == nil then break end
  got[#got + 1] = v
end
print(table.concat(got, " "))
-- consumer driven with send
local consumer = coroutine.create(function(first)
  local total = first
  while true do
    local v = coroutine.yield(total)
    if v == nil then break end
    total = total + v
  end
  return "final " .. total
end)
for _, v in ipairs({5, 10, 20}) do print(coroutine.resume(consumer, v)) end
print(coroutine.resume(consumer))
print(coroutine.status(consumer))
