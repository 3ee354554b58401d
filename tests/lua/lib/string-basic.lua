-- string.len, sub, byte, char, upper, lower, reverse, rep and method calls
print(string.len(""), string.len("abc"), ("a\0b"):len(), #"\0\0\0", string.len(123), string.len(-1.5))

-- sub: positions relative to the end, clipping, huge and tiny integers
local s = "hello world"
for _, p in ipairs{{1}, {2, 5}, {-5}, {-5, -2}, {0}, {0, 0}, {3, 2}, {-100, 3}, {5, 100}, {12}, {11, 11},
                   {math.mininteger, math.maxinteger}, {math.maxinteger}, {-1, math.mininteger}, {2.0, 4.0}, {"2", "3"}} do
  print(p[1], p[2], "[" .. s:sub(p[1], p[2]) .. "]")
end
print(("\0a\0b"):sub(2, 3) == "a\0", ("x"):sub(1, -1), (""):sub(1), (""):sub(-1, 1))

-- byte
print(string.byte("ABC"), string.byte("ABC", 2), string.byte("ABC", -1), string.byte("ABC", 1, -1))
print(string.byte("ABC", 0), string.byte("ABC", 4), string.byte("ABC", 2, 1), select('#', string.byte("ABC", 10, 20)))
print(string.byte("\0\255\128", 1, 3))
print(string.byte("hello", -100, 100))
print(select('#', string.byte("")), select('#', string.byte("abc", 0, 0)), string.byte("abc", math.mininteger, 1))
print(string.byte(42), ("xyz"):byte(-2, -1))

-- char
print(string.char(), string.char(72, 105), string.char(0, 255):byte(1, 2))
print(#string.char(0, 0, 0), string.char("65", 66.0))
print(pcall(string.char, 256))
print(pcall(string.char, 65, -1))
print(pcall(string.char, 65, "x"))
print(pcall(string.char, 1.5))
print(pcall(string.char, 65, nil))
print(pcall(string.char, math.maxinteger))

-- upper/lower: only ASCII letters change
print(string.upper("Hello, World! 123"), string.lower("Hello, World! 123"))
print(string.upper("\224\233\0z") == "\224\233\0Z", string.lower("\192\201A") == "\192\201a")
print(("MiXeD"):upper(), ("MiXeD"):lower(), string.upper(12), string.lower(1e100))

-- reverse
print(string.reverse("abc"), string.reverse(""), string.reverse("a\0b") == "b\0a", string.reverse(123))

-- rep with and without separator
print(string.rep("ab", 3), string.rep("ab", 3, ","), string.rep("x", 0), string.rep("x", -5), string.rep("", 5))
print(string.rep("x", 1, "sep"), string.rep("x", 2, ""), string.rep("", 3, "-"), #string.rep("abc", 1000))
print(string.rep("a", 3.0), string.rep(7, 2), string.rep("a", "2"), string.rep("", 100000))
print(string.rep("x", 0, "y"), string.rep("\0", 3) == "\0\0\0")
print(pcall(string.rep, "x", 1 << 31))
print(pcall(string.rep, "x", math.maxinteger))
print(pcall(string.rep, "", math.maxinteger, "x"))
print(pcall(string.rep, "abc", 1 << 30))
print(pcall(string.rep, "x", 2.5))
print(pcall(string.rep, "x"))
print(pcall(string.rep))
print(pcall(string.rep, {}, 1))
print(pcall(string.rep, "x", 2, {}))

-- argument errors
print(pcall(string.len))
print(pcall(string.len, {}))
print(pcall(string.sub))
print(pcall(string.sub, "x"))
print(pcall(string.sub, "x", 1.5))
print(pcall(string.sub, "x", 1, "y"))
print(pcall(string.byte, "x", {}))
print(pcall(string.upper))
print(pcall(string.lower, nil))
print(pcall(string.reverse, true))
print(pcall(("x").rep))
