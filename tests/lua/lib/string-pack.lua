-- string.pack, string.unpack, string.packsize: every option, endianness, alignment
local pack, unpack, packsize = string.pack, string.unpack, string.packsize
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function show(...) local t = table.pack(...) for i = 1, t.n do t[i] = tostring(t[i]) .. ":" .. (math.type(t[i]) or type(t[i])) end return table.concat(t, " ") end

-- integers of every size, both byte orders
print(hex(pack("b", -1)), hex(pack("B", 255)), hex(pack("h", -2)), hex(pack("H", 0xabcd)), hex(pack(">H", 0xabcd)))
print(hex(pack("<i4", 0x12345678)), hex(pack(">i4", 0x12345678)), hex(pack("=i4", 1)), hex(pack("i", -1)), hex(pack("I", 7)))
print(hex(pack("l", -2)), hex(pack("L", 2)), hex(pack("j", math.mininteger)), hex(pack(">J", math.maxinteger)), hex(pack("T", 300)))
print(hex(pack("i3", -8388608)), hex(pack("I3", 16777215)), hex(pack("i5", -1)), hex(pack(">i6", 2^40)), hex(pack("i7", -2^50)))
print(hex(pack("i16", -2)), hex(pack(">i16", 3)), hex(pack("I16", math.mininteger)), hex(pack("i9", math.mininteger)), hex(pack("I12", -1)))
print(hex(pack("i8", 2^53 + 1 | 0)), hex(pack("j", 0x7fffffffffffffff)), hex(pack("<I1I2I3I4", 1, 2, 3, 4)))
print(show(unpack("b", "\255")), show(unpack("B", "\255")), show(unpack("h", "\254\255")), show(unpack(">H", "\171\205")))
print(show(unpack("<i4", "\120\86\52\18")), show(unpack(">i4", "\255\255\255\254")), show(unpack("I3", "\255\255\255")))
print(show(unpack("i5", "\255\255\255\255\255")), show(unpack("I6", "\255\255\255\255\255\255")), show(unpack("i7", "\0\0\0\0\0\0\128")))
print(show(unpack("j", pack("j", math.mininteger))), show(unpack("J", pack("J", -1))), show(unpack("I8", "\255\255\255\255\255\255\255\127")))
print(show(unpack("i16", pack("i16", -3))), show(unpack("I16", pack("I16", 5))), show(unpack(">i12", pack(">i12", math.mininteger))))
print(show(unpack("i9", "\0\0\0\0\0\0\0\128\255")), show(unpack("I9", "\255\255\255\255\255\255\255\255\0")))
for _, n in ipairs{0, 1, -1, 127, -128, 255, 32767, -32768, 2^31 - 1, -2^31, 2^53 - 1, -2^53, math.maxinteger, math.mininteger} do
  n = math.tointeger(n)
  local ok = true
  for size = 1, 16 do
    local lim = size < 8 and 1 << (size * 8 - 1) or nil
    if not lim or (n >= -lim and n < lim) then
      local got = unpack("<i" .. size, pack("<i" .. size, n))
      local got2 = unpack(">i" .. size, pack(">i" .. size, n))
      if got ~= n or got2 ~= n then ok = false print("mismatch", n, size, got, got2) end
    end
  end
  print(n, ok)
end

-- floats
print(hex(pack("<f", 1.5)), hex(pack(">d", 1.5)), hex(pack("<n", -0.0)), hex(pack("f", 1/0)), hex(pack(">d", 2^-1074)))
print(show(unpack("<f", pack("<f", 0.1))), show(unpack("d", pack("d", 0.1))), show(unpack(">n", pack(">n", 3))))
print(show(unpack("f", pack("f", 1e300))), show(unpack("f", pack("f", -1e-300))), show(unpack("d", pack("d", -0.0))))
print(show(unpack("f", pack("f", 3))), show(unpack("<d", "\0\0\0\0\0\0\240\127")), show(unpack("n", pack("n", math.maxinteger))))
local nan = unpack("d", pack("d", 0/0))
print(nan ~= nan, unpack("f", pack("f", 16777217)), unpack("f", pack("f", "2.5")))

-- strings
print(hex(pack("z", "ab")), hex(pack("s1", "ab")), hex(pack(">s2", "ab")), hex(pack("s", "ab")), hex(pack("c5", "ab")), hex(pack("c2", "ab")))
print(show(unpack("z", "hello\0world\0")), show(unpack("zz", "hello\0world\0")), show(unpack("s1", "\3abcdef")))
print(show(unpack("c3", "abcdef")), show(unpack("c0", "abc")), show(unpack("c3c3", "abcdef")), show(unpack("s4", pack("s4", ""))))
print(show(unpack("z", "\0")), hex(pack("z", "")), hex(pack("s1", ("x"):rep(255)):sub(1, 4)), #pack("s16", "x"))
print(show(unpack(">s3", pack(">s3", "xyz"))), show(unpack("s", pack("s", ("a"):rep(300)):sub(1, 9) .. ("a"):rep(300))):sub(1, 20))

-- padding and alignment
print(hex(pack("bxb", 1, 2)), hex(pack("bxxxb", 1, 2)), hex(pack("!4 b i4", 1, 2)), hex(pack("!b i4", 1, 2)), hex(pack("! b d", 1, 0)))
print(hex(pack("!2 b i8", 1, 2)), hex(pack("!8 b h b i4 b j", 1, 2, 3, 4, 5, 6)), hex(pack("!4 b Xi4", 1)), hex(pack("!8 b Xh b Xd", 1, 2)))
print(hex(pack("!4 b c3 i4", 1, "abc", 2)), hex(pack("!4 z i4", "ab", 1)), hex(pack("!16 b i16", 1, 2)), hex(pack("!2 i3 i8", 1, 2)))
print(hex(pack("<!4 h >i4 =i2", 1, 2, 3)), hex(pack("b  b", 1, 2)), hex(pack("!4 bXi16", 1)), hex(pack("!bXj", 1)))
print(show(unpack("!4 b i4", pack("!4 b i4", -1, -2))), show(unpack("bxxb", "\1\0\0\2")), show(unpack("!8 bXd b", "\1\0\0\0\0\0\0\0\2")))
print(show(unpack("!4 b Xi4 b", "\1\0\0\0\2", 1)), show(unpack("!4 Xi4 b", "\0\0\0\0\9", 2)))

-- packsize
print(packsize(""), packsize("b"), packsize("h"), packsize("i"), packsize("l"), packsize("j"), packsize("T"), packsize("f"), packsize("d"), packsize("n"))
print(packsize("i3"), packsize("i16"), packsize("c10"), packsize("bxi4"), packsize("!bi4"), packsize("!4bi8"), packsize("!2 b d"), packsize("bXd"), packsize("<>=!  "))
print(packsize("c214748364"), packsize(("c1000000000"):rep(2) .. "c147483647"), packsize("!8 b Xj"), packsize("i1i2i4i8"))

-- unpack positions
print(show(unpack("b", "\1\2\3", 2)), show(unpack("b", "\1\2\3", -1)), show(unpack("b", "\1\2\3", -3)), show(unpack("bb", "\1\2\3", 2)))
print(show(unpack("", "abc")), show(unpack("", "abc", 4)), show(unpack("", "abc", -10)), show(unpack("b", "\1\2\3", 0)), show(unpack("z", "a\0b\0", 3)))
print(show(unpack("i4", pack("i4", 100), 1.0)), show(unpack("c1", "xyz", "2")))

-- round trip of many values at once
local fmt = "<!2 b B h H i3 I5 j J f d n z s2 c4 x Xi8 i8"
local vals = {-5, 200, -300, 60000, -70000, 2^39, math.mininteger, -1, 0.25, 1/3, 2^60, "zstr", "len", "abcd", 42}
local packed = pack(fmt, table.unpack(vals))
print(#packed, packsize((fmt:gsub("z", "c5"):gsub("s2", "c5"))), show(unpack(fmt, packed)))

-- the format ends at its first zero, as a C string
print(hex(pack("b\0b", 1, 2)), packsize("i4\0i8"), show(unpack("b\0b", "\1\2")))
