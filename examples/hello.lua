-- The classic first script.
print("hello, world from " .. _VERSION)
