-- utf8: char, charpattern, codepoint, len, offset, codes (strict and lax)
local function bytes(s)
  local out = {}
  for i = 1, #s do out[i] = string.format("%02X", s:byte(i)) end
  return table.concat(out, " ")
end

-- char: up to 0x7FFFFFFF in up to six bytes
print(bytes(utf8.char(0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF)))
print(bytes(utf8.char(0x10000, 0x10FFFF, 0x110000, 0x1FFFFF, 0x200000)))
print(bytes(utf8.char(0x3FFFFFF, 0x4000000, 0x7FFFFFFF, 0xD800, 0xDFFF)))
print(utf8.char(72, 233, 8364, 128512), utf8.char() == "", #utf8.char())
print(utf8.char(65.0, "66"))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, math.maxinteger))
print(pcall(utf8.char, math.mininteger))
print(pcall(utf8.char, 65, 1.5))
print(pcall(utf8.char, 65, "x"))
print(pcall(utf8.char, nil))
print(pcall(function() return utf8.char(65, -1) end))

-- charpattern
print(bytes(utf8.charpattern), #utf8.charpattern)
local n = 0
for c in string.gmatch("hé€😀", utf8.charpattern) do n = n + 1; io.write(bytes(c), "|") end
print(n)

-- codepoint
local s = "aé€😀z"
print(utf8.codepoint(s))
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s, 2))
print(pcall(utf8.codepoint, s, 3))
print(select('#', utf8.codepoint(s, 4, 3)))
print(utf8.codepoint(s, -1))
print(utf8.codepoint(s, -5, -1))
print(utf8.codepoint("", 1, 0))
print(utf8.codepoint("abc", 3.0, "3"))
print(pcall(utf8.codepoint, s, 0))
print(pcall(utf8.codepoint, s, 1, 100))
print(pcall(utf8.codepoint, s, -100))
print(pcall(utf8.codepoint, s, 2, 2))
print(pcall(utf8.codepoint, "\xff"))
print(pcall(utf8.codepoint, "\xed\xa0\x80"))
print(utf8.codepoint("\xed\xa0\x80", 1, 1, true))
print(pcall(utf8.codepoint, "\xf4\x90\x80\x80"))
print(utf8.codepoint("\xf4\x90\x80\x80", 1, 1, true))
print(utf8.codepoint("\xfd\xbf\xbf\xbf\xbf\xbf", 1, 1, true))
print(pcall(utf8.codepoint, "\xfe\xbf\xbf\xbf\xbf\xbf\xbf", 1, 1, true))
print(pcall(utf8.codepoint, "\xc0\x80", 1, 1, true))
print(pcall(utf8.codepoint, "\xe0\x80\x80", 1, 1, true))
print(pcall(utf8.codepoint, "\xc3"))
print(pcall(utf8.codepoint, "\x80"))
print(pcall(utf8.codepoint))
print(pcall(utf8.codepoint, {}))
print(pcall(utf8.codepoint, "a", "x"))
print(pcall(function() return utf8.codepoint("\xff") end))
print(utf8.codepoint(12345, 2, 4))

-- len
print(utf8.len(""), utf8.len("abc"), utf8.len(s), utf8.len(s, 2), utf8.len(s, 3))
print(utf8.len(s, 1, 1), utf8.len(s, 1, 2), utf8.len(s, -4), utf8.len(s, 1, -2), utf8.len(s, #s + 1))
for _, bad in ipairs({"\xff", "ab\xffcd", "a\x80", "\xc3", "é\xc3\x28", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "xy\xe0\x80\x80"}) do
  print(utf8.len(bad))
  print(utf8.len(bad, 1, -1, true))
end
print(utf8.len("\xfd\xbf\xbf\xbf\xbf\xbf", 1, -1, true), utf8.len("ab\xffcd", 4), utf8.len("ab\xffcd", 1, 2))
print(utf8.len("abc", 4), utf8.len("abc", 1, 0), utf8.len("abc", 2, 1), utf8.len("abc", 3, -1))
print(utf8.len(12345), utf8.len("aé", 1, 1, false), utf8.len("aé", 1, -1, nil))
print(pcall(utf8.len, "abc", 5))
print(pcall(utf8.len, "abc", 0))
print(pcall(utf8.len, "abc", -10))
print(pcall(utf8.len, "abc", 1, 4))
print(pcall(utf8.len, "abc", 1, 1.5))
print(pcall(utf8.len))
print(pcall(function() return utf8.len("abc", 9) end))
print(pcall(utf8.len, "abc", math.mininteger, math.maxinteger))
print(utf8.len("abc", 1, math.mininteger))

-- offset
local o = "aé€😀z"
for i = -6, 6 do io.write(tostring(utf8.offset(o, i)), " ") end
print()
for i = 1, #o + 1 do io.write(tostring(utf8.offset(o, 0, i)), " ") end
print()
print(utf8.offset(o, 1, 2), utf8.offset(o, 2, 2), utf8.offset(o, -1, 4), utf8.offset(o, 3, -1), utf8.offset(o, -2, -1))
print(utf8.offset(o, 1, #o + 1), utf8.offset(o, 2, #o + 1), utf8.offset(o, -1, #o + 1), utf8.offset("", 1), utf8.offset("", -1))
print(utf8.offset(o, math.maxinteger), utf8.offset(o, math.mininteger), utf8.offset(o, 0, -1))
print(pcall(utf8.offset, o, 1, 3))
print(pcall(utf8.offset, o, -1, 6))
print(pcall(utf8.offset, o, 1, 0))
print(pcall(utf8.offset, o, 1, #o + 2))
print(pcall(utf8.offset, o, 1, -100))
print(pcall(utf8.offset, o))
print(pcall(utf8.offset, o, 1.5))
print(pcall(function() return utf8.offset("é", 1, 2) end))
print(utf8.offset("\x80\x80a", 0, 2), utf8.offset("\x80\x80a", 1, 3))

-- codes
for p, c in utf8.codes(s) do io.write(p, ":", c, " ") end
print()
for p, c in utf8.codes("") do io.write(p, ":", c, " ") end
print("empty")
for p, c in utf8.codes(123) do io.write(p, ":", c, " ") end
print()
for p, c in utf8.codes("\x80\x80ab") do io.write(p, ":", c, " ") end
print()
for p, c in utf8.codes("\xed\xa0\x80x", true) do io.write(p, ":", c, " ") end
print()
for p, c in utf8.codes("\xf4\x90\x80\x80", 1) do io.write(p, ":", c, " ") end
print()
print(pcall(function() for p, c in utf8.codes("ab\xffcd") do io.write(p, " ") end end))
print(pcall(function() for p, c in utf8.codes("\xed\xa0\x80") do end end))
print(pcall(function() for p, c in utf8.codes("a\xc3") do end end))
print(pcall(utf8.codes))
print(pcall(utf8.codes, {}))
print(pcall(utf8.codes, nil, true))
local f, st, init = utf8.codes("hé")
print(type(f), st, init, f(st, init))
print(f(st, 1))
print(f(st, 2))
print(f(st, 3))
print(f(st, -1))
print(f(st, 100))
print(f(st, 1.5))
print(select('#', f(st, 4)))
local g = utf8.codes("x", true)
print(g("\xed\xa0\x80", 0))
print(pcall(f, "\xed\xa0\x80", 0))
