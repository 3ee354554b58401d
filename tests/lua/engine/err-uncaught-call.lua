-- calling an undefined global at top level
print("first")
undefined_function_name("arg")
