-- generic for with custom iterators
local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
local out = {}
for i in range(5) do out[#out + 1] = i end
print(table.concat(out, ","))
-- stateless iterator
local function iter(t, i)
  i = i + 1
  if t[i] then return i, t[i] end
end
local function myipairs(t) return iter, t, 0 end
for i, v in myipairs({"a", "b", "c"}) do print(i, v) end
-- iterator returning many values
local function triples()
  local i = 0
  return function() i = i + 1 if i <= 2 then return i, i * 2, i * 3, i * 4 end end
end
for a, b, c, d, e in triples() do print(a, b, c, d, e) end
-- the control variable passed back is the first value
local seen = {}
local function ctl(s, c)
  seen[#seen + 1] = tostring(s) .. ":" .. tostring(c)
  if c < 3 then return c + 1 end
end
for v in ctl, "state", 0 do end
print(table.concat(seen, " "))
-- the iterator expression list is adjusted to 4 values
local function gen() return ctl, "S", 1, nil, "extra" end
seen = {}
for v in gen() do end
print(table.concat(seen, " "))
-- iterating over a callable table
local callable = setmetatable({}, {__call = function(self, s, c) if c < 2 then return c + 1 end end})
for v in callable, nil, 0 do print("callable", v) end
-- errors
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in nil do end end))
print(pcall(function() local t = {} for x in t.iter do end end))
