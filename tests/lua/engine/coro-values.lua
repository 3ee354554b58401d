-- passing values both ways, including nils and many values
local co = coroutine.create(function(...)
  print("args", select('#', ...), ...)
  local r = table.pack(coroutine.yield())
  print("resume values", r.n, r[1], r[2], r[3])
  r = table.pack(coroutine.yield(nil, nil))
  print("resume values", r.n)
  r = table.pack(coroutine.yield(1, nil, 3, nil))
  return table.unpack(r, 1, r.n)
end)
print(select('#', coroutine.resume(co, nil, nil)))
print(select('#', coroutine.resume(co, "a", nil, "c")))
print(coroutine.resume(co))
print(coroutine.resume(co, "x", "y", nil))
local big = coroutine.wrap(function(...) local t = {...} coroutine.yield(#t) return table.unpack(t) end)
local args = {}
for i = 1, 200 do args[i] = i end
print(big(table.unpack(args)))
print(select('#', big()))
