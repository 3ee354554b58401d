x = [[a
b

