-- table.sort through metamethods: lua_geti/lua_seti order, __lt, __len
local log = {}
local store = {}
local data = {9, 4, 7, 1, 8, 2, 6, 3, 5, 10, 0, 11}
for i, v in ipairs(data) do store[i] = v end
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "g" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "s" .. k .. "=" .. v; store[k] = v end,
  __len = function() log[#log + 1] = "len"; return #store end,
})
table.sort(proxy)
print(table.concat(store, " "))
print(#log)
print(table.concat(log, " ", 1, 40))

-- with a comparator
log = {}
for i, v in ipairs(data) do store[i] = v end
table.sort(proxy, function(a, b) log[#log + 1] = a .. "<" .. b; return a > b end)
print(table.concat(store, " "))
print(#log)
print(table.concat(log, " ", 1, 40))

-- __lt on the elements
local mt = {}
local cmps = 0
mt.__lt = function(a, b) cmps = cmps + 1; return a.v < b.v end
local objs = {}
for i = 1, 25 do objs[i] = setmetatable({v = (i * 17) % 25}, mt) end
table.sort(objs)
local vs = {}
for i = 1, #objs do vs[i] = objs[i].v end
print(table.concat(vs, " "), cmps)

-- __lt returning non-boolean values
mt.__lt = function(a, b) if a.v < b.v then return "yes" end return nil end
for i = 1, 10 do objs[i] = setmetatable({v = (i * 3) % 10}, mt) end
for i = 11, 25 do objs[i] = nil end
table.sort(objs)
vs = {}
for i = 1, #objs do vs[i] = objs[i].v end
print(table.concat(vs, " "))

-- __lt missing on one side
print(pcall(table.sort, {setmetatable({}, mt), 1}))
print(pcall(table.sort, {1, setmetatable({}, {__name = "Thing"})}))

-- raw fields win over __index; only missing fields reach __newindex
log = {}
local partial = setmetatable({3, 1, 2}, {
  __index = function(_, k) log[#log + 1] = "g" .. k end,
  __newindex = function(t, k, v) log[#log + 1] = "s" .. k; rawset(t, k, v) end,
})
table.sort(partial)
print(partial[1], partial[2], partial[3], #log)

-- errors from metamethods propagate
local bad = setmetatable({}, {__len = function() return 3 end, __index = function(_, k) if k == 2 then error("no 2") end return k end})
print(pcall(table.sort, bad))
local bad2 = setmetatable({}, {__len = function() return 3 end, __index = function(_, k) return 4 - k end, __newindex = function() error("read only", 0) end})
print(pcall(table.sort, bad2))
print(pcall(table.sort, setmetatable({}, {__len = function() return 2 end, __index = function() return 1 end})))
