-- long strings and long comments
local a = [[
first line
second line]]
print(a, #a)
local b = [==[
contains ]] and ]=] inside
]==]
print(b, #b)
print([[]], #[[]], [[
]], #[[

x]])
--[[ a long
comment ]] print("after comment")
--[==[ another
]] still comment
]==] print("after level-2 comment")
print([[no \n escapes \t here]])
print(#[[a\0b]], [=[]]]=])
local c = [[
line1
line2
]]
print(#c, c == "line1\nline2\n")
