-- table.pack and table.unpack
local p = table.pack()
print(p.n, #p)
p = table.pack(1, nil, 3)
print(p.n, p[1], p[2], p[3])
p = table.pack(nil, nil)
print(p.n, p[1], p[2])
p = table.pack("a", "b", "c")
print(p.n, #p, table.concat(p, ","))
local count = 0
for k in pairs(table.pack(1, 2, 3)) do count = count + 1 end
print(count)

print(table.unpack({}))
print(select('#', table.unpack({})))
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 3))
print(table.unpack({1, 2, 3}, 3, 2))
print(table.unpack({1, 2, 3}, -1, 1))
print(table.unpack({1, 2, 3}, 2, 5))
print(select('#', table.unpack({1, 2, 3}, 2, 5)))
print(table.unpack({1, 2, 3}, "2", 3.0))
print(table.unpack({1, nil, 3}))
print(table.unpack({1, 2, 3}, nil, 2))
print(table.unpack({[0] = "z", "a"}, 0))
local big = {[math.maxinteger] = "max", [math.maxinteger - 1] = "max-1", [math.mininteger] = "min"}
print(table.unpack(big, math.maxinteger - 1, math.maxinteger))
print(table.unpack(big, math.mininteger, math.mininteger + 1))
print(table.unpack({}, math.maxinteger, math.mininteger))
print(select('#', table.unpack({}, 1, 5000)))

-- too many results
print(pcall(table.unpack, {}, 1, 1e7))
print(pcall(table.unpack, {}, math.mininteger, math.maxinteger))
print(pcall(table.unpack, {}, 0, math.maxinteger))
print(pcall(table.unpack, {}, -1, math.maxinteger))
print(pcall(function() return table.unpack({}, 1, 2^40) end))

-- argument errors
print(pcall(table.unpack))
print(pcall(table.unpack, nil))
print(pcall(table.unpack, 5))
print(pcall(table.unpack, {}, 1.5))
print(pcall(table.unpack, {}, 1, {}))
print(pcall(table.unpack, {}, "a"))

-- strings have a length and an __index (the string table)
print(table.unpack("abc"))
print(table.unpack("abc", 1, 1))

-- metamethods
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = k; return k * 10 end,
  __len = function() log[#log + 1] = "len"; return 3 end,
})
print(table.unpack(proxy))
print(table.concat(log, " "))
log = {}
print(table.unpack(proxy, 2, 4))
print(table.concat(log, " "))
print(pcall(table.unpack, setmetatable({}, {__len = function() return 1.5 end})))
print(table.unpack(setmetatable({}, {__len = function() return "2" end, __index = function(_, k) return -k end})))
