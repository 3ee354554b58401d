-- strings with embedded zeros compare and hash correctly
local a, b, c = "a\0b", "a\0c", "a\0b"
print(a == c, a ~= b, a < b, #a, #(a .. b))
local t = {}
t[a] = 1
t["a"] = 2
t["a\0"] = 3
print(t[c], t["a"], t["a\0"], t["a\0\0"])
print("\0" < "\1", "\0\0" > "\0", "" < "\0", "x\0y" < "x\1")
print(string.rep("\0", 3) == "\0\0\0", #string.rep("a\0", 4, "\0"))
print(string.format("%q", "a\0b\0"))
print(table.concat({"\0", "\0"}, "\0") == "\0\0\0")
