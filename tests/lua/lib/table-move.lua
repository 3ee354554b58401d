-- table.move: ranges, overlaps in both directions, other tables, errors, metamethods
local function show(t, a, b)
  local out = {}
  for i = a or 1, b or #t do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, ",")
end

local t = {1, 2, 3, 4, 5}
print(show(table.move(t, 1, 3, 3)))
t = {1, 2, 3, 4, 5}
print(show(table.move(t, 3, 5, 1)))
t = {1, 2, 3, 4, 5}
print(show(table.move(t, 2, 4, 2)))
t = {1, 2, 3, 4, 5}
print(show(table.move(t, 1, 5, 6)))
t = {1, 2, 3}
print(show(table.move(t, 1, 0, 10)), t[10])
t = {1, 2, 3}
local u = {}
local r = table.move(t, 1, 3, 2, u)
print(r == u, show(u, 1, 4))
print(table.move({}, 1, 0, 1, u) == u)
print(show(table.move({1, 2, 3}, 1, 3, 1, {"a", "b", "c", "d"})))
print(show(table.move({1, 2, 3}, -1, 3, 1), -1, 5))
print(show(table.move({[0] = 0, 1, 2}, 0, 2, -2), -2, 2))

-- huge indices are plain integer keys
local h = {}
table.move({"x", "y"}, 1, 2, math.maxinteger - 1, h)
print(h[math.maxinteger - 1], h[math.maxinteger])
local src = {[math.mininteger] = "lo", [math.mininteger + 1] = "lo2"}
print(show(table.move(src, math.mininteger, math.mininteger + 1, 1, {})))

-- argument errors
local function try(...)
  local ok, r = pcall(table.move, ...)
  return ok, ok and type(r) or r
end
print(try({}, 1, math.maxinteger, 2))
print(try({}, 0, math.maxinteger, 1))
print(try({}, -1, math.maxinteger, 1))
print(try({}, math.mininteger, -1, 1))
print(try({}, 1, 10, math.maxinteger))
print(try({}, 1, 10, math.maxinteger - 9))
print(try({}, 1, 10, math.maxinteger - 8))
print(try({}, 1.5, 2, 3))
print(try({}, 1, "x", 3))
print(try({}, 1, 2))
print(try(nil, 1, 2, 3))
print(try({}, 1, 2, 3, 7))
print(try("abc", 1, 2, 3, {}))
print(try({}, 1, 2, 3, "abc"))
print(pcall(function() table.move({}, 1, 2, 3, true) end))

-- metamethods: reads through __index, writes through __newindex, in order
local log = {}
local function proxy(name, store)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = name .. "[" .. k .. "]"; return store[k] end,
    __newindex = function(_, k, v) log[#log + 1] = name .. "[" .. k .. "]=" .. tostring(v); store[k] = v end,
  })
end
local s1 = {1, 2, 3, 4}
local p = proxy("p", s1)
table.move(p, 1, 3, 2)
print(table.concat(log, " "))
print(show(s1))
log = {}
s1 = {1, 2, 3, 4}
p = proxy("p", s1)
table.move(p, 2, 4, 1)
print(table.concat(log, " "))
print(show(s1))
log = {}
local s2 = {}
table.move(proxy("a", {7, 8}), 1, 2, 1, proxy("b", s2))
print(table.concat(log, " "), show(s2))

-- same destination given explicitly: overlap order as for one table
log = {}
s1 = {1, 2, 3, 4}
p = proxy("p", s1)
table.move(p, 1, 3, 2, p)
print(table.concat(log, " "))

-- two tables that __eq says are equal are treated as one (backwards copy)
local eqmt = {__eq = function() log[#log + 1] = "eq"; return true end}
local e1 = setmetatable({1, 2, 3}, eqmt)
local e2 = setmetatable({}, eqmt)
log = {}
table.move(e1, 1, 3, 2, e2)
print(table.concat(log, " "), show(e2, 1, 4))
log = {}
table.move(e1, 1, 3, 5, e2)
print(#log, show(e2, 1, 7))
