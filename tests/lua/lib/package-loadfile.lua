-- loadfile and dofile: chunk names, a first '#' line, a UTF-8 BOM, modes,
-- environments, errors.
local f = assert(loadfile("fixtures/shebang.script"))
print(f("x", "y"))
print(dofile("fixtures/shebang.script"))
print(select("#", dofile("fixtures/shebang.script")))

print(dofile("fixtures/bom.script"))
print(pcall(dofile, "fixtures/bomshebang.script"))

-- chunk names: "@filename"
print(pcall(dofile, "fixtures/syntax.script"))
print(loadfile("fixtures/syntax.script"))
print(loadfile("./fixtures/../fixtures/syntax.script"))
local g = loadfile("fixtures/shebang.script")
print(pcall(string.dump and function() return debug and debug.getinfo(g, "S").source end or function() return "@fixtures/shebang.script" end))

-- modes
print(loadfile("fixtures/shebang.script", "b"))
print(type(loadfile("fixtures/shebang.script", "t")), type(loadfile("fixtures/shebang.script", "bt")))
print(loadfile("fixtures/shebang.script", ""))
print(pcall(loadfile, "fixtures/shebang.script", {}))

-- environments: the third argument, even nil, becomes _ENV
local env = {x = "from env"}
local h = loadfile("fixtures/env.script", "t", env)
print(h() == env, select(2, h()))
h = loadfile("fixtures/env.script", "t", nil)
print(h())
h = loadfile("fixtures/env.script")
print(h() == _G)
x = "global x"
print(select(2, loadfile("fixtures/env.script", nil)()))

-- missing files and directories
print(loadfile("fixtures/no-such-file.lua"))
print(loadfile("fixtures/no-such-dir/x.lua"))
print(loadfile("fixtures"))
print(pcall(dofile, "fixtures/no-such-file.lua"))
print(pcall(dofile, "fixtures"))
print(pcall(loadfile, {}))
print(pcall(dofile, {}))

-- dofile propagates errors and returns every result
print(pcall(dofile, "fixtures/mod_error.lua"))

-- dofile from a coroutine: the file may yield
local name = os.tmpname()
local out = assert(io.open(name, "w"))
out:write("local a = coroutine.yield('yielded from the file')\nreturn a * 2, 'done'\n")
out:close()
local co = coroutine.wrap(function() return dofile(name) end)
print(co())
print(co(21))
os.remove(name)

-- binary chunks, with and without a first '#' line
name = os.tmpname()
for _, prefix in ipairs{"", "#!/usr/bin/lua\n", "#comment\0with zero\n"} do
  out = assert(io.open(name, "wb"))
  out:write(prefix, string.dump(function(...) return "binary", select("#", ...) end))
  out:close()
  print(loadfile(name)(1, 2), loadfile(name, "t"))
  print(pcall(dofile, name))
end
print(dofile("fixtures/shebang.script") and os.remove(name))

