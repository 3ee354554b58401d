-- yielding inside metamethods
local Y = coroutine.yield
local mt = {
  __index = function(t, k) return Y("index " .. k) end,
  __newindex = function(t, k, v) rawset(t, k, Y("newindex " .. k)) end,
  __add = function(a, b) return Y("add") end,
  __sub = function(a, b) return Y("sub") end,
  __unm = function(a) return Y("unm") end,
  __lt = function(a, b) return Y("lt") end,
  __le = function(a, b) return Y("le") end,
  __eq = function(a, b) return Y("eq") end,
  __concat = function(a, b) return Y("concat") end,
  __call = function(self, x) return Y("call " .. x) end,
  __len = function() return Y("len") end,
  __idiv = function() return Y("idiv") end,
  __band = function() return Y("band") end,
  __shl = function() return Y("shl") end,
  __bnot = function() return Y("bnot") end,
  __close = function() Y("close") end,
}
local co = coroutine.wrap(function()
  local a = setmetatable({}, mt)
  local b = setmetatable({}, mt)
  print("index ->", a.foo)
  a.bar = "ignored"
  print("newindex ->", rawget(a, "bar"))
  print("add ->", a + 1)
  print("sub ->", 1 - a)
  print("unm ->", -a)
  print("lt ->", a < b)
  print("le ->", a <= b)
  print("eq ->", a == b)
  print("ne ->", a ~= b)
  print("gt ->", a > b)
  print("concat ->", a .. "x")
  print("call ->", a("arg"))
  print("len ->", #a)
  print("idiv ->", a // 2)
  print("band ->", a & 1)
  print("shl ->", 1 << a)
  print("bnot ->", ~a)
  do local c <close> = a end
  print("after close")
  if a < b then print("lt in condition true") else print("lt in condition false") end
  return "end"
end)
local v = co()
local n = 0
while v ~= "end" do
  n = n + 1
  print("yielded:", v)
  if v == "lt" or v == "le" or v == "eq" then v = co(n % 2 == 0) else v = co("R" .. n) end
end
print("done", n)
