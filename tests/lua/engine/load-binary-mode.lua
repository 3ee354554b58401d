-- text-only loading rejects binary chunks by their signature
print(load("\27Lua", "=bin", "t"))
print(load("\27", "=esc", "t"))
print(load("return 1", "=txt", "b"))
