-- chunknames in error messages
local function run(src, name)
  local f, e = load(src, name)
  if not f then print("compile:", e) return end
  print(pcall(f))
end
run("error('boom')")
run("error('boom')", "=mychunk")
run("error('boom')", "@path/to/file.lua")
run("error('boom')", "plain name")
run("\nlocal t = nil\nreturn t.x", "=lines")
run("local x = 1\n\nundefined()", "=third")
run(string.rep("x = 1 ", 30) .. "error('long source')")
run("-- first line\nerror('second line')")
run("error('boom')", "")
run("error('boom')", "=")
run("error('boom')", "=" .. string.rep("n", 100))
run("error('boom')", "@" .. string.rep("p", 100))
run("error('boom')", string.rep("s", 100))
