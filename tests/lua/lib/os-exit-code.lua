-- os.exit(n) ends the program with status n: no pcall or coroutine catches
-- it, and pending output is flushed.
io.write("before ")
print(pcall(print, "in pcall"))
local co = coroutine.wrap(function()
  pcall(function()
    io.write("unflushed text without newline")
    os.exit(3)
  end)
  print("not reached 1")
end)
co()
print("not reached 2")
