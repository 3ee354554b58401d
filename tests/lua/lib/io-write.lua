-- file:write and io.write: numbers as PUC formats them, return values, modes,
-- seeking, switching between reading and writing.
local name = os.tmpname()
local function contents()
  local f = assert(io.open(name, "rb"))
  local s = f:read("a")
  f:close()
  return string.format("%q", s)
end

local f = assert(io.open(name, "w"))
print(f:write("a", 1, " ", -0, " ", 2^53, " ", 1.5, " ", 1e100, " ", -1/0, " ", 1/0, " ",
  3.0, " ", -0.0, " ", math.maxinteger, " ", math.mininteger, " ", 0.1, " ", 1/3, " ",
  123456789012345.0, " ", 2^63, "\n") == f)
print(f:write() == f)
print(f:write("x"):write("y"):write("z\n") == f)
print(pcall(f.write, f, {}))
print(pcall(f.write, f, "ok", nil))
print(pcall(f.write, f, true))
print(pcall(f.write, 1, "x"))
print(f:close())
print(contents())

-- modes
print(pcall(io.open, name, "rw"))
for _, m in ipairs{"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb", "r+bb",
                   "", "+", "b", "rb+", "x", "r+ ", "wx", "R", "ra", "a+b+"} do
  local ok, g = pcall(io.open, name, m)
  io.write(string.format("%q", m), ":", ok and io.type(g) or g, " ")
  if ok and g then g:close() end
end
print()

-- "w" truncates, "a" appends, "r+" overwrites in place
f = assert(io.open(name, "w")); f:write("hello world\n"); f:close()
f = assert(io.open(name, "a")); f:write("appended\n"); f:close()
print(contents())
f = assert(io.open(name, "r+")); f:write("HELLO"); f:close()
print(contents())
f = assert(io.open(name, "a+"))
print(f:seek(), f:read("l"))
f:write("more")
print(f:seek(), f:read("a"))
f:seek("set", 0)
print(f:read("a"))
f:close()
f = assert(io.open(name, "w+"))
print(f:read("a"), f:seek("end"))
f:write("abcdefghij")
print(f:seek("set", 3), f:read(2), f:seek(), f:seek("cur", -1), f:read(1))
f:write("XY")
print(f:seek("cur"), f:seek("set"), f:read("a"))
f:close()

-- reading, then writing in the middle (the read-ahead is given back)
f = assert(io.open(name, "r+"))
print(f:read(3))
f:seek("cur", 0)
f:write("___")
f:seek("set", 0)
print(f:read("a"))
f:close()

-- seek arguments and results
f = assert(io.open(name, "r"))
print(f:seek("end"), f:seek("set"), f:seek("cur", 4), f:seek("end", -2), f:read("a"))
print(f:seek("set", -1))
print(f:seek("set", 100), f:read(1), f:read(0))
print(pcall(f.seek, f, "bad"))
print(pcall(f.seek, f, "set", 1.5))
print(pcall(f.seek, f, "set", "x"))
print(pcall(function() return f:seek(1) end))
f:close()
print(pcall(f.seek, f))

-- writing to a read-only file, reading a write-only one
f = assert(io.open(name, "r"))
print(f:write("x"))
f:close()
f = assert(io.open(name, "w"))
print(f:read("a"))
print(f:read(0))
print(f:read("l", "l"))
f:close()

-- setvbuf and flush
f = assert(io.open(name, "w"))
print(f:setvbuf("no"), f:setvbuf("full", 1024), f:setvbuf("line"), f:flush())
print(pcall(f.setvbuf, f))
print(pcall(f.setvbuf, f, "bad"))
f:write("buffered")
local g = assert(io.open(name, "r"))
f:flush()
print(g:read("a"))
g:close()
f:close()
print(pcall(f.flush, f))
print(pcall(f.setvbuf, f, "no"))

-- io.write goes to the default output
io.write("one ", 2, " ", 3.0, "\n")
print(io.write() == io.stdout, io.output() == io.stdout)
print(pcall(io.write, {}))
print(pcall(io.write, "a", {}))
print()
os.remove(name)
