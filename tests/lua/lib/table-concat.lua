-- table.concat: separators, ranges, numbers, errors, metamethods
print(table.concat({}))
print(table.concat({}, "x"))
print(table.concat({"a", "b", "c"}))
print(table.concat({"a", "b", "c"}, ", "))
print(table.concat({"a", "b", "c"}, ", ", 2))
print(table.concat({"a", "b", "c"}, ", ", 2, 3))
print(table.concat({"a", "b", "c"}, ", ", 3, 2))
print(table.concat({"a", "b", "c"}, ", ", 1, 1))
print(table.concat({1, 2.5, -0.0, 1e100, 2^63, math.mininteger, 10 // 3, 10 / 2}, " "))
print(table.concat({"a", "b"}, 3))
print(table.concat({"a", "b"}, 1.5))
print(table.concat({[-1] = "m", [0] = "z", "a"}, "", -1, 1))
print(table.concat({"a", "b", "c"}, nil, nil, 2))
print(table.concat({"x\0y", "\255"}, "\0"):byte(1, -1))
print(#table.concat({string.rep("ab", 1000), string.rep("c", 500)}, "-"))

-- huge ranges: the first missing element stops the loop
print(pcall(table.concat, {}, "", 1, math.maxinteger))
print(pcall(table.concat, {}, "", math.mininteger, math.maxinteger))
print(pcall(table.concat, {"a"}, "", math.maxinteger, math.maxinteger))
local far = {[math.maxinteger] = "end", [math.maxinteger - 1] = "almost"}
print(table.concat(far, "+", math.maxinteger - 1, math.maxinteger))
print(table.concat(far, "+", math.maxinteger, math.maxinteger))

-- invalid values
print(pcall(table.concat, {1, 2, {}}))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(pcall(table.concat, {print}))
print(pcall(table.concat, {"a"}, "", 1, 2))
print(pcall(table.concat, {setmetatable({}, {__tostring = function() return "x" end})}))
print(pcall(table.concat, {setmetatable({}, {__name = "MyType"})}))
print(pcall(function() table.concat({1, {}}) end))

-- argument errors
print(pcall(table.concat))
print(pcall(table.concat, "abc"))
print(pcall(table.concat, 1))
print(pcall(table.concat, {}, {}))
print(pcall(table.concat, {}, "", "x"))
print(pcall(table.concat, {}, "", 1, 2.5))
print(pcall(function() table.concat({}, true) end))

-- metamethods: __len is always called, then __index for each element
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return "v" .. k end,
  __len = function() log[#log + 1] = "len"; return 3 end,
})
print(table.concat(proxy, "|"))
print(table.concat(log, " "))
log = {}
print(table.concat(proxy, "|", 2, 4))
print(table.concat(log, " "))
print(pcall(table.concat, setmetatable({}, {__len = function() return "2" end, __index = function(_, k) return k end})))
print(pcall(table.concat, setmetatable({}, {__len = function() return 2.5 end})))
-- a string has __index (the string table) but no __len
print(pcall(table.concat, setmetatable({}, {__index = function() return "s" end})))
