-- table.insert: append, positional insert, errors, metamethods, lengths
local function show(t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, ",")
end

local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "c")
table.insert(t, 2, "d")
table.insert(t, #t + 1, "e")
print(show(t), #t)
table.insert(t, 3, nil)
print(show(t, 6), #t)
table.insert(t, nil)
print(#t)

-- insert at every position
for pos = 1, 4 do
  local u = {10, 20, 30}
  table.insert(u, pos, 99)
  print(pos, show(u))
end

-- position given as float with exact integer value, and as numeric string
local u = {1, 2, 3}
table.insert(u, 2.0, "f")
table.insert(u, "1", "s")
print(show(u))

-- errors
print(pcall(table.insert, {1, 2}, 4, "x"))
print(pcall(table.insert, {1, 2}, 0, "x"))
print(pcall(table.insert, {1, 2}, -1, "x"))
print(pcall(table.insert, {}, 2, "x"))
print(pcall(table.insert, {}, math.maxinteger, "x"))
print(pcall(table.insert, {}, math.mininteger, "x"))
print(pcall(table.insert, {}, 1.5, "x"))
print(pcall(table.insert, {}, "x", "x"))
print(pcall(table.insert, {}, {}, "x"))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}))
print(pcall(table.insert))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, 42, 1))
print(pcall(table.insert, "abc", 1))
print(pcall(function() table.insert({}, 5, 1) end))
print(pcall(function() local tab = table; tab.insert({}, 5, 1) end))
print(pcall(function() local ins = table.insert; ins({}, 5, 1) end))
print(pcall(function() table.insert({}, 1, 2, 3) end))

-- __newindex / __index / __len are honoured (lua_geti/lua_seti/luaL_len)
local log = {}
local store = {1, 2, 3}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v); store[k] = v end,
  __len = function() log[#log + 1] = "len"; return #store end,
})
table.insert(proxy, "x")
print(table.concat(log, " "))
log = {}
table.insert(proxy, 2, "y")
print(table.concat(log, " "))
print(show(store))

-- __len returning a float with an integer value, a numeric string, or junk
local function withlen(v)
  return setmetatable({}, {__len = function() return v end})
end
local w = withlen(2.0)
table.insert(w, "z")
print(rawget(w, 3))
w = withlen("4")
table.insert(w, "z")
print(rawget(w, 5))
print(pcall(table.insert, withlen(2.5), 1))
print(pcall(table.insert, withlen("x"), 1))
print(pcall(table.insert, withlen(nil), 1))
print(pcall(table.insert, withlen({}), 1))

-- huge lengths wrap around as lua_Integer arithmetic does
local big = setmetatable({}, {__len = function() return math.maxinteger end})
table.insert(big, "wrap")
print(rawget(big, math.mininteger))
print(pcall(table.insert, big, 1, "x"))

-- only existing fields are overwritten without __newindex
local partial = setmetatable({1, 2}, {__newindex = function(t, k, v) rawset(t, k, "N" .. tostring(v)) end})
table.insert(partial, 1, 0)
print(show(partial))

-- a table with a metatable but no relevant metamethods takes the raw path
local plain = setmetatable({1, 2, 3}, {__tostring = function() return "T" end})
table.insert(plain, 2, 9)
print(show(plain))

-- non-tables with the needed metamethods are accepted
print(pcall(table.insert, "abc", "x"))
