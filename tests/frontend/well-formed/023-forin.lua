for k, v in pairs(t) do print(k, v) end
for x in f do end
for a, b, c, d in next, t, nil do end
