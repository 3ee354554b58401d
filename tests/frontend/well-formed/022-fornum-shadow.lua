local i = 100
for i = 1, i do print(i) end
print(i)
