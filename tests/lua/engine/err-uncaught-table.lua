-- an uncaught non-string error object
print("about to throw a table")
error({code = 1})
