do end
do local x = 1 end
do do do print(1) end end end
