-- functions returning many values
local function range(n)
  local t = {}
  for i = 1, n do t[i] = i end
  return table.unpack(t)
end
print(select('#', range(0)), select('#', range(1)), select('#', range(254)), select('#', range(1000)))
local a, b, c = range(1000)
print(a, b, c)
local t = {range(5000)}
print(#t, t[5000])
local function pass(...) return ... end
print(select('#', pass(range(3000))))
print(select(-1, range(300)))
