-- os.exit() exits with status 0; errors in its arguments are ordinary errors.
print(pcall(os.exit, "x"))
print(pcall(os.exit, 1.5))
print("end")
os.exit()
print("not reached")
