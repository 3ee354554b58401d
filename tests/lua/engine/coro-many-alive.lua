-- many coroutines alive at once, round robin
local cos = {}
for i = 1, 1000 do
  cos[i] = coroutine.create(function()
    local sum = 0
    for step = 1, 5 do sum = sum + coroutine.yield(i * step) end
    return sum
  end)
end
local total = 0
for round = 1, 6 do
  for i = 1, #cos do
    local ok, v = coroutine.resume(cos[i], round)
    total = total + v
  end
end
print(total)
local dead = 0
for i = 1, #cos do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print(dead)
-- a simple scheduler
local tasks, log = {}, {}
local function spawn(name, n)
  tasks[#tasks + 1] = coroutine.create(function()
    for i = 1, n do log[#log + 1] = name .. i coroutine.yield() end
  end)
end
spawn("a", 3) spawn("b", 1) spawn("c", 2)
while #tasks > 0 do
  local rest = {}
  for i = 1, #tasks do
    coroutine.resume(tasks[i])
    if coroutine.status(tasks[i]) ~= "dead" then rest[#rest + 1] = tasks[i] end
  end
  tasks = rest
end
print(table.concat(log, " "))
