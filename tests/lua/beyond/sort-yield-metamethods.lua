-- golden: skip
-- Beyond PUC Lua: table.sort on a proxy whose __len, __index and __newindex
-- yield. The sort suspends in the middle of reading or writing an element and
-- goes on where it stopped: the log of accesses is the one a non-yielding
-- proxy produces (lua5.4 gives it for the same proxy without the yields).
local YIELD = coroutine.yield

local function drive(f, ...)
  local co = coroutine.create(f)
  local n = 0
  local res = table.pack(coroutine.resume(co, ...))
  while coroutine.status(co) ~= "dead" do
    n = n + 1
    res = table.pack(coroutine.resume(co))
  end
  return n, table.unpack(res, 1, res.n)
end

local function makeProxy(data, log, yielding)
  local store = table.move(data, 1, #data, 1, {})
  local function pause(what)
    log[#log + 1] = what
    if yielding then YIELD(what) end
  end
  local p = setmetatable({}, {
    __index = function(_, k) pause("g" .. k); return store[k] end,
    __newindex = function(_, k, v) pause("s" .. k); store[k] = v end,
    __len = function() pause("len"); return #store end,
  })
  return p, store
end

local data = {}
for i = 1, 50 do data[i] = (i * 37) % 51 end

local log1, log2 = {}, {}
local p1, s1 = makeProxy(data, log1, false)
table.sort(p1)
local p2, s2 = makeProxy(data, log2, true)
local yields, ok = drive(table.sort, p2)
print(ok, yields, #log1, #log2, table.concat(log1, " ") == table.concat(log2, " "))
print(table.concat(s2, " "))
print(table.concat(log2, " ", 1, 30))

-- with a comparator that yields too
log1, log2 = {}, {}
p1, s1 = makeProxy(data, log1, false)
table.sort(p1, function(a, b) log1[#log1 + 1] = "c"; return a > b end)
p2, s2 = makeProxy(data, log2, true)
yields, ok = drive(table.sort, p2, function(a, b) log2[#log2 + 1] = "c"; YIELD() return a > b end)
print(ok, yields, #log1, #log2, table.concat(log1, " ") == table.concat(log2, " "))
print(table.concat(s2, " "))

-- an error raised by __index after some yields reaches the resumer
local bad = setmetatable({}, {
  __len = function() return 5 end,
  __index = function(_, k) YIELD() if k == 3 then error("no key 3") end return k end,
  __newindex = function() end,
})
print(drive(table.sort, bad))

-- invalid order function detected after the comparator yielded
print(drive(function()
  table.sort({5, 1, 4, 2, 3}, function(a, b) YIELD() return true end)
end))

-- an error in the comparator after a yield, caught by pcall in the coroutine
print(drive(function()
  local ok2, err = pcall(table.sort, {3, 1, 2, 4}, function(a, b)
    YIELD()
    if a == 4 or b == 4 then error("cmp error") end
    return a < b
  end)
  return ok2, err
end))
local co = coroutine.wrap(function()
  local ok2, err = pcall(table.sort, {3, 1, 2, 4}, function(a, b)
    YIELD()
    if a == 4 or b == 4 then error("cmp error") end
    return a < b
  end)
  return "done", ok2, err
end)
local r1, r2, r3
repeat r1, r2, r3 = co() until r1 == "done"
print(r2, r3)
