-- error messages can contain any bytes
print(pcall(error, "line1\nline2"))
print(pcall(function() error("with\0zero") end))
local ok, e = pcall(error, "tab\there")
print(#e, e)
print(pcall(error, ""))
print(pcall(function() error("") end))
