do

x = 1