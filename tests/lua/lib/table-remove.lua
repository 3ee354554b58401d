-- table.remove: default position, explicit positions, borders, errors, metamethods
local function show(t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, ",")
end

local t = {1, 2, 3, 4, 5}
print(table.remove(t), show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, 2), show(t))
print(table.remove(t, #t + 1), show(t))
print(table.remove(t, #t), show(t))
print(table.remove(t), show(t), #t)
print(table.remove(t), #t)
print(table.remove(t, 0), #t)
print(select('#', table.remove({})))

-- position 0 of an empty table and #t + 1 are allowed
local z = {[0] = "zero"}
print(table.remove(z), z[0])
z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
local w = {1, 2, 3}
w[4] = nil
print(table.remove(w, 4), #w)

-- positions given as floats and numeric strings
local f = {"a", "b", "c"}
print(table.remove(f, 2.0), table.remove(f, "1"), show(f))

-- errors (5.4.4 names argument #1 in the bounds error)
print(pcall(table.remove, {1, 2, 3}, 5))
print(pcall(table.remove, {1, 2, 3}, -1))
print(pcall(table.remove, {}, 1))
print(pcall(table.remove, {}, -1))
print(pcall(table.remove, {1}, math.maxinteger))
print(pcall(table.remove, {1}, math.mininteger))
print(pcall(table.remove, {1}, 1.5))
print(pcall(table.remove, {1}, "x"))
print(pcall(table.remove))
print(pcall(table.remove, 7))
print(pcall(function() table.remove({1, 2}, 7) end))

-- metamethods
local log = {}
local store = {"a", "b", "c", "d"}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v); store[k] = v end,
  __len = function() log[#log + 1] = "len"; return #store end,
})
print(table.remove(proxy, 2))
print(table.concat(log, " "))
log = {}
print(table.remove(proxy))
print(table.concat(log, " "))
print(show(store))

-- a length of 0 reads and clears t[0]; a huge length with pos == size
local zl = setmetatable({[0] = "z0"}, {__len = function() return 0 end})
print(table.remove(zl), rawget(zl, 0))
local big = setmetatable({}, {__len = function() return math.maxinteger end, __index = function(_, k) return "v" .. k end})
print(table.remove(big))
print(pcall(table.remove, setmetatable({}, {__len = function() return 1.5 end})))

-- holes: remove works on the border #t
local h = {1, 2, 3}
h[2] = nil
print(table.remove(h), h[1], h[2], h[3])
