while true do break end
repeat break until false
for i = 1, 2 do break end
for k in pairs(t) do break end
