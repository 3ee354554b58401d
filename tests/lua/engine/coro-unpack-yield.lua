-- yielding and resuming with many values
local co = coroutine.create(function(...)
  local got = table.pack(coroutine.yield(...))
  return got.n, table.unpack(got, 1, got.n)
end)
local args = {}
for i = 1, 100 do args[i] = i end
local r = table.pack(coroutine.resume(co, table.unpack(args)))
print(r.n, r[1], r[2], r[101])
r = table.pack(coroutine.resume(co, nil, nil, 3))
print(r.n, r[1], r[2], r[3], r[4], r[5])
