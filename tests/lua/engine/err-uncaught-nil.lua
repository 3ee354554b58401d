-- an uncaught nil error
print("throwing nil")
error(nil)
