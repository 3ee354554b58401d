if x then goto l end
print(1)
::l::
