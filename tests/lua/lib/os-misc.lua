-- os.getenv, clock, setlocale, tmpname, remove, rename, execute.
print(type(os.getenv("PATH")), os.getenv("SLUA_SURELY_UNSET_VARIABLE"))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))

local c = os.clock()
print(math.type(c), c >= 0)
local x = 0
for i = 1, 100000 do x = x + i end
print(os.clock() >= c)

print(os.setlocale(), os.setlocale(nil), os.setlocale("C"), os.setlocale("POSIX"))
for _, cat in ipairs{"all", "collate", "ctype", "monetary", "numeric", "time"} do
  io.write(cat, "=", tostring(os.setlocale(nil, cat)), " ", tostring(os.setlocale("C", cat)), " ")
end
print()
print(os.setlocale("xx_YY.nonexistent"), os.setlocale("xx_YY", "numeric"))
print(pcall(os.setlocale, "C", "bad"))
print(pcall(os.setlocale, {}))

-- tmpname creates the file
local name = os.tmpname()
print(type(name), #name > 0)
local f = io.open(name, "r")
print(io.type(f), f:read("a"))
f:close()

-- remove and rename answer as luaL_fileresult
local other = name .. ".renamed"
print(os.rename(name, other))
print(io.open(name) == nil, io.type(io.open(other)))
local r1, m1, e1 = os.rename(name, other)
print(r1, m1, e1)
print(os.remove(other))
local r2, m2, e2 = os.remove(other)
print(r2, m2 == other .. ": No such file or directory", e2)
print(os.remove("no/such/dir/file"))
print(os.remove("."))
print(os.rename("no-such-file-here", "x"))
print(pcall(os.remove))
print(pcall(os.rename, "a"))

-- execute
print(os.execute())
io.stdout:flush()
print(os.execute("exit 0"))
print(os.execute("exit 3"))
print(os.execute("kill -9 $$"))
io.stdout:flush()
print(os.execute("echo from the shell"))
print(pcall(os.execute, {}))
