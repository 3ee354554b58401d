-- File handles: io.open failures, io.type, tostring, the FILE* metatable,
-- closing (standard files cannot be closed), io.input/io.output, io.close.
print(io.open("fixtures/no-such-file.txt"))
print(io.open("fixtures/no-such-dir/x.txt", "w"))
print(io.open("fixtures/lines.txt/x", "r"))
print(io.open("fixtures", "w"))
local d = io.open("fixtures")
print(io.type(d), d:read("l"))
print(d:read("a"))
print(d:close())
print(pcall(io.open))
print(pcall(io.open, {}))
print(pcall(io.open, "x", {}))
print(io.open(""))

-- io.type, tostring
local f = assert(io.open("fixtures/lines.txt"))
print(io.type(f), io.type(io.stdout), io.type(42), io.type(nil), io.type({}), io.type("file"))
print(pcall(io.type))
print(tostring(f):match("^file %(0x%x+%)$") ~= nil, tostring(io.stdout):match("^file %(0x%x+%)$") ~= nil)
print(tostring(f) == tostring(f), tostring(f) ~= tostring(io.stdout))
print(f:close())
print(io.type(f), tostring(f))
print(pcall(f.close, f))
print(pcall(io.close, f))

-- the metatable
local mt = getmetatable(io.stdout)
print(mt == getmetatable(f), mt.__name, type(mt.__index), type(mt.__gc), type(mt.__close), type(mt.__tostring))
local names = {}
for k in pairs(mt.__index) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(mt.__index == getmetatable(io.stderr).__index)
print(mt.__tostring(io.stdout) == tostring(io.stdout), pcall(mt.__tostring, 1))
local g = assert(io.open("fixtures/lines.txt"))
mt.__gc(g)
print(io.type(g), mt.__gc(g), mt.__close(g))
print(pcall(mt.__gc, "x"))

-- <close> closes the file at the end of the block
do
  local h <close> = assert(io.open("fixtures/lines.txt"))
  g = h
  print(io.type(h))
end
print(io.type(g))
print(pcall(function()
  local h <close> = assert(io.open("fixtures/lines.txt"))
  g = h
  error("boom")
end))
print(io.type(g))

-- standard files
print(io.stdout:close())
print(io.stderr:close())
print(io.stdin:close())
print(io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
print(io.close())
print(io.type(io.stdout))
print(io.stdout:seek("set", 0) == nil or true)
print(io.stdin:write("x"))
print(io.stdout:read(1))

-- io.input / io.output
print(io.input() == io.stdin, io.output() == io.stdout)
local name = os.tmpname()
local out = io.output(name)
print(io.type(out), out == io.output(), out ~= io.stdout)
io.write("to the file ", 1, "\n")
print(io.flush())
io.output():write("more\n")
print(io.close())
print(io.type(out))
print(pcall(io.write, "x"))
print(pcall(io.flush))
print(pcall(io.close))
print(pcall(io.output, out))
io.output(io.stdout)
io.input(name)
print(io.read("a"))
print(io.read("a"), io.read("l"), io.read(0))
io.input():close()
print(pcall(io.read))
print(pcall(io.input, out))
print(pcall(io.input, {}))
print(pcall(io.input, "fixtures/no-such-file.txt"))
print(pcall(io.output, "fixtures/no-such-dir/x"))
local inp = io.input(io.stdin)
print(inp == io.stdin, io.input() == io.stdin)
print(io.input(nil) == io.stdin)
os.remove(name)

-- io.tmpfile
local t = io.tmpfile()
print(io.type(t), t:write("temp data"):seek("set", 0), t:read("a"), t:close())

-- file names are C strings: they end at the first zero byte
print(io.open("fixtures/lines.txt\0ignored"):read("l"))
print(io.open("\0fixtures/lines.txt"))
print(pcall(io.lines, "fixtures/nothing\0.txt"))
print(loadfile("fixtures/nothing\0.txt"))
print(type(os.getenv("PATH\0X")), os.remove("fixtures/nothing\0"))
