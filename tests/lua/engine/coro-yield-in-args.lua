-- yields in the middle of expressions, argument lists and constructors
local Y = coroutine.yield
local co = coroutine.wrap(function()
  local t = {Y("c1"), Y("c2"), k = Y("c3")}
  print("table", t[1], t[2], t.k)
  local s = Y("s1") .. "-" .. Y("s2")
  print("concat", s)
  local n = Y("n1") + Y("n2") * Y("n3")
  print("arith", n)
  print("args", select('#', Y("a1"), Y("a2")))
  local r = (Y("cond") and "yes" or "no")
  print("cond", r)
  return "end"
end)
local v = co()
local i = 0
while v ~= "end" do
  i = i + 1
  v = co(i)
end
print("total yields", i)
