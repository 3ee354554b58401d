-- results of yielding comparison metamethods are converted to booleans
local mt = {__eq = function() return coroutine.yield("eq") end, __lt = function() return coroutine.yield("lt") end,
  __le = function() return coroutine.yield("le") end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local co = coroutine.wrap(function()
  local r = {}
  r[#r + 1] = tostring(a == b)
  r[#r + 1] = tostring(a ~= b)
  r[#r + 1] = tostring(a < b)
  r[#r + 1] = tostring(a >= b)
  r[#r + 1] = tostring(not (a <= b))
  if a < b then r[#r + 1] = "branch-taken" else r[#r + 1] = "branch-not-taken" end
  while a == b do r[#r + 1] = "loop" end
  return table.concat(r, " ")
end)
local v = co()
local answers = {1, nil, "x", false, 0, nil, true, false}
local i = 0
while v == "eq" or v == "lt" or v == "le" do
  i = i + 1
  v = co(answers[i])
end
print(v)
