-- io.lines and file:lines: formats, closing, errors.
for l in io.lines("fixtures/lines.txt") do io.write(string.format("%q", l), " ") end
print()
for l in io.lines("fixtures/lines.txt", "L") do io.write(string.format("%q", l), " ") end
print()
for a, b in io.lines("fixtures/lines.txt", 3, "l") do io.write(string.format("[%s|%s]", a, tostring(b))) end
print()
for n in io.lines("fixtures/numbers.txt", "n") do io.write(tostring(n), " ") end
print()
for c in io.lines("fixtures/lines.txt", 7) do io.write(string.format("%q", c), " ") end
print()
for l in io.lines("fixtures/empty.txt") do print("never", l) end

-- io.lines returns the file as a fourth value (closed by the for loop)
local it, s, c, f = io.lines("fixtures/lines.txt")
print(type(it), s, c, io.type(f))
print(it(), it())
print(it(), it())
print(io.type(f))
print(pcall(it))

-- breaking out of the loop closes the file through __close
local saved
for l, _ in io.lines("fixtures/lines.txt") do
  saved = select(2, pcall(function() return nil end))
  break
end
do
  local it2, _, _, f2 = io.lines("fixtures/lines.txt")
  for l in it2, nil, nil, f2 do break end
  print("after break", io.type(f2))
end

-- file:lines does not close the file
local g = assert(io.open("fixtures/lines.txt"))
for l in g:lines() do end
print(io.type(g), g:read("a"), g:seek("set", 0))
for a, b in g:lines(1, 1) do io.write(a, b, ".") break end
print()
local lines = g:lines("n")
print(lines())
g:close()
print(pcall(lines))

-- the default input
io.input("fixtures/lines.txt")
for l in io.lines() do io.write(l:sub(1, 3), ";") end
print()
print(io.type(io.input()))
io.input():close()
print(pcall(io.lines))
print(pcall(io.read))
io.input(io.stdin)

-- errors
print(pcall(io.lines, "fixtures/no-such-file.txt"))
print(pcall(io.lines, {}))
print(pcall(io.lines, "fixtures/lines.txt", table.unpack({}, 1, 251)))
print(select("#", io.lines("fixtures/lines.txt", table.unpack({}, 1, 250))))
print(pcall(function() for l in io.lines("fixtures/lines.txt", "x") do end end))
print(pcall(function() for l in io.lines("fixtures/lines.txt", {}) do end end))
local h = assert(io.open("fixtures/lines.txt"))
h:close()
print(pcall(h.lines, h))
print(pcall(h.lines, {}))
