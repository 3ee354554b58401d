-- The standard input is empty (the golden harness and regen-golden.mjs give
-- scripts no input): every read is at end of file.
print(io.read())
print(io.read("a"))
print(io.read("l", "n"))
print(io.read(0), io.read(5), io.read("L"), io.read("n"))
print(io.stdin:read("a"))
for l in io.lines() do print("never", l) end
for l in io.stdin:lines() do print("never", l) end
local f = loadfile()
print(type(f), f())
print(dofile())
print(select("#", dofile()))
print(io.type(io.stdin), io.input() == io.stdin)
print(io.stdin:seek("set", 0) == nil or true)
