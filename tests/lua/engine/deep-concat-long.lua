-- long concatenation chains and big strings
local parts = {}
for i = 1, 200 do parts[i] = "v" .. i end
local src = "local " .. table.concat(parts, ", ", 1, 150) .. " = 1\nreturn " .. table.concat(parts, " .. ", 1, 150)
local f, e = load(src, "=concat")
print(f, e)
local decl = {}
for i = 1, 100 do decl[i] = "local v" .. i .. " = 'ab'" end
src = table.concat(decl, "\n") .. "\nreturn " .. table.concat(parts, " .. ", 1, 100)
print(#load(src)())
local s = ""
for i = 1, 5000 do s = s .. "x" end
print(#s)
local chunk = string.rep("a", 100000)
print(#(chunk .. chunk .. chunk))
