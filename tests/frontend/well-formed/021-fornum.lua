for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for i = 1.0, 2, 0.5 do end
