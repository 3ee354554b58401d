-- table.pack / table.unpack round trips preserve nils with n
local function roundtrip(...)
  local p = table.pack(...)
  return table.unpack(p, 1, p.n)
end
print(roundtrip(1, nil, 3, nil, nil))
print(select('#', roundtrip(1, nil, 3, nil, nil)))
print(select('#', roundtrip()))
local p = table.pack(nil)
print(p.n, p[1])
local q = table.pack(table.unpack({1, 2, 3}))
print(q.n, #q)
