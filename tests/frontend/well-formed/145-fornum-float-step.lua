for x = 0, 1, 0.25 do print(x) end
for y = 1, 0, -0.5 do end
