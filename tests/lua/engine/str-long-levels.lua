-- long brackets of several levels
print([=[a]]b]=], [==[]=]]==], [===[
x]===])
print(#[[
]], #[[

]], [[a
b]] == "a\nb")
local s = [==[
line with ]] inside
and [[ nested ]] brackets]==]
print(s)
print([[\n is not an escape]], [[\]], #[[\\]])
print([[tabs	kept]], [[crlf
normalised]])
