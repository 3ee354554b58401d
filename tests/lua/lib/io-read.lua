-- file:read with every format, on fixture files.
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    t[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  print(t.n, table.concat(t, " "))
end

local f = assert(io.open("fixtures/lines.txt"))
show(f:read())
show(f:read("l"))
show(f:read("L"))
show(f:read("*l"))
show(f:read("L"))
show(f:read("l"))
show(f:read("a"))
show(f:read("a"))
show(f:read(0))
show(f:read(1))
show(f:read("n"))
show(f:read("l", "a"))
f:close()

f = assert(io.open("fixtures/lines.txt", "rb"))
show(f:read(5, 0, 6, "L", 1000))
show(f:read(0))
show(f:read(3, 3))
f:close()

f = assert(io.open("fixtures/lines.txt"))
show(f:read("*a"))
f:seek("set", 0)
show(f:read("line", "Line", "all"))   -- only the first letter counts
f:seek("set", 0)
show(f:read(2.0, "*L"))
f:close()

-- numbers
f = assert(io.open("fixtures/numbers.txt"))
local nums = {}
for i = 1, 40 do
  local n = f:read("n")
  if n == nil then
    local rest = f:read(1)
    nums[#nums + 1] = "fail(" .. tostring(rest) .. ")"
    if rest == nil then break end
  else
    nums[#nums + 1] = math.type(n) .. ":" .. tostring(n)
  end
end
print(table.concat(nums, " "))
f:close()

f = assert(io.open("fixtures/numbers.txt"))
show(f:read("n", "n", "n", "n", "n"))
show(f:read("l"))
show(f:read("n", "n", "l"))
show(f:read("n", "n"))
f:close()

-- empty file
f = assert(io.open("fixtures/empty.txt"))
show(f:read())
show(f:read("a"))
show(f:read("L"))
show(f:read("n"))
show(f:read(0))
show(f:read(1))
show(f:read("a", "a", "l", "a"))
f:close()

-- bad formats
f = assert(io.open("fixtures/lines.txt"))
print(pcall(f.read, f, "x"))
print(pcall(f.read, f, "l", "*x"))
print(pcall(f.read, f, {}))
print(pcall(f.read, f, 1.5))
print(pcall(f.read, f, "l", nil))
print(pcall(function() return f:read("z") end))
print(pcall(function() return f:read(true) end))
print(pcall(io.read, "x"))
f:close()
print(pcall(f.read, f))
print(pcall(function() return f:read() end))
print(pcall(f.read, {}))
print(pcall(function() local t = {} ; return f.read(t) end))
