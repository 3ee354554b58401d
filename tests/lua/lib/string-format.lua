-- string.format: integers, characters, strings, pointers, errors
local f = string.format
print(f("plain text"), f(""), f("%%"), f("100%% sure"), f("a%sb%sc", 1, 2))

-- %d %i with flags, width and precision
print(f("[%d] [%i] [%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d]", 42, 42, 42, 42, 42, 42, 42, 42, 42))
print(f("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]", -42, -42, -42, -42, -42, -42))
print(f("[%.3d] [%.0d] [%.0d] [%5.3d] [%-5.3d] [%05.3d] [%.10d]", 7, 0, 1, -7, 7, 7, -123))
print(f("%d %d %d", math.maxinteger, math.mininteger, 0), f("%d", -0.0), f("%d", 3.0), f("%d", "12"), f("%d", " 0x10 "))
print(f("%20d|%-20d|%+.19d", math.mininteger, math.maxinteger, math.maxinteger))

-- %u %o %x %X: the int64 as unsigned
print(f("%u %u %u", 0, 42, -1), f("%o %o %o", 8, 0, -1), f("%x %X %x", 255, 255, math.mininteger))
print(f("[%#x] [%#X] [%#o] [%#o] [%#x] [%#.0o] [%#5x] [%#-8x] [%#08x]", 255, 255, 8, 0, 0, 0, 1, 1, 1))
print(f("[%5x] [%-5X] [%05o] [%.4x] [%8.4x] [%08.4x] [%.0x]", 10, 10, 8, 10, 10, 10, 0))
print(f("%x", 2^53), f("%X", math.maxinteger), f("%o", math.mininteger), f("%u", math.mininteger))

-- %c
print(f("%c%c%c", 76, 117, 97), f("[%5c] [%-5c]", 65, 66), f("%c", 256 + 65), f("%c", -191))
print(f("%c", 0) == "\0", #f("%5c", 0), f("%c", "65"), f("%c", 66.0))

-- %s
print(f("[%s] [%10s] [%-10s] [%.2s] [%10.2s] [%-10.2s] [%.0s]", "abc", "abc", "abc", "abc", "abc", "abc", "abc"))
print(f("%s %s %s %s %s", 1, 1.5, true, nil, -0.0), f("%s", 2^63), f("%s", math.mininteger))
print(f("%s", setmetatable({}, {__tostring = function() return "custom" end})), f("%.3s", setmetatable({}, {__tostring = function() return "custom" end})))
print(f("%s", setmetatable({}, {__name = "MyType"})):match("^MyType: ") ~= nil)
print(f("%s", "a\0b") == "a\0b", f("%.1s", "ab"), f("%-3s|", ""))
print(#f("%s", ("x"):rep(1000)), #f("%5s", ("x"):rep(100)), #f("%.50s", ("x"):rep(100)), #f("%99s", "x"), #f("%-99s", ("x"):rep(99)))
print(pcall(f, "%5s", "a\0b"))
print(pcall(f, "%.1s", "\0"))
print(pcall(f, "%s", setmetatable({}, {__tostring = function() return 1 end})))
print(pcall(f, "%s", setmetatable({}, {__tostring = function() return {} end})))

-- %p: objects show their address, other values (null)
local t = {}
print(f("%p", t) == f("%p", t), f("%p", t) ~= f("%p", {}), f("%p", print) ~= f("%p", t))
print(f("%p", 1), f("%p", nil), f("%p", true), f("%p", 1.5), f("[%10p] [%-8p]", nil, false))
print(f("%p", t) == tostring(t):match("0x%x+"), f("%p", print) == tostring(print):match("0x%x+"))
print(f("%p", "abc") == f("%p", "abc"), f("%p", "abc"):match("^0x%x+$") ~= nil)

-- argument errors
print(pcall(f))
print(pcall(f, {}))
print(pcall(f, "%d"))
print(pcall(f, "%d %d", 1))
print(pcall(f, "%d", "x"))
print(pcall(f, "%d", 1.5))
print(pcall(f, "%d", 2^63))
print(pcall(f, "%x", "1.5"))
print(pcall(f, "%c", {}))
print(pcall(f, "%f", "x"))
print(pcall(f, "%a", {}))
print(pcall(f, "%s"))
print(pcall(f, "%5%"))
print(pcall(f, "%5%", 1))

-- invalid conversions and specifications
for _, spec in ipairs{"%y", "%F", "%ld", "%lld", "%hd", "%n", "%", "%10", "%.", "%-", "%#", "%0s", "%#s", "%+s",
                      "%123d", "%.123d", "%1.2.3d", "%#d", "%+x", "% u", "%+u", "%#c", "%.5c", "%05c", "%5.3c",
                      "%.3p", "%05p", "%#q", "%10q", "%-q", "%.3q", "%00d", "%-05d", "%99.99f", "%100f", "%.100f",
                      "%-+ #0-+ #0-+ #0-+ #0d", "%-+ #0-+ #0-+ #0-+ #0-d", "%0000000000000000000000d", "%-------------------5d"} do
  print(spec, pcall(f, spec, 1))
end
print(pcall(f, "%\0d", 1))
print(pcall(f, "abc%"))

-- errors raised directly carry the caller's position and name
print(pcall(function() return f("%d", "x") end))
print(pcall(function() return ("%d"):format({}) end))
print(pcall(function() return f("%y", 1) end))
print(pcall(function() return ("x"):rep({}) end))
print(pcall(function() return string.rep("x", 1e10) end))
