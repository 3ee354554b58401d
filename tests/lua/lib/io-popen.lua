-- io.popen: reading a command's output, writing its input, exit statuses.
local p = assert(io.popen("echo hello; echo world"))
print(io.type(p), p:read("l"), p:read("a"))
print(p:close())
print(io.type(p))

p = io.popen("printf 'a\\nb\\nc'", "r")
for l in p:lines() do io.write("[", l, "]") end
print()
print(p:close())

print(io.popen("exit 7"):close())
print(io.popen("kill -9 $$"):close())
for l in io.popen("printf '1 2 3'"):lines("n") do io.write(l, ";") end
print()

-- a command reading its input: its output comes when it is closed
io.stdout:flush()
p = assert(io.popen("tr a-z A-Z", "w"))
p:write("shout ", 42, "\n")
p:write("again\n")
print(p:close())
io.stdout:flush()
p = assert(io.popen("cat > /dev/null; exit 2", "w"))
print(p:write("x") == p, p:close())

-- modes and errors
print(pcall(io.popen, "true", "rw"))
print(pcall(io.popen, "true", "r+"))
print(pcall(io.popen, "true", "rb"))
print(pcall(io.popen, "true", ""))
print(pcall(io.popen))
p = io.popen("echo x")
print(p:write("x"))
p:close()
p = io.popen("cat >/dev/null", "w")
print(p:read("a"))
p:close()
print(pcall(p.close, p))
