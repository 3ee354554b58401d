-- uncaught error without position
print("x")
error("no position here", 0)
