-- decimal, hex and unicode escapes
print("\0651", "\x41\x62", "\u{48}\u{49}", "\9|", "\10" == "\n", "\013" == "\r")
print(#"\0", #"\00", #"\000", #"\0000", "\1000" == "d0")
print("\u{0}" == "\0", #"\u{80}", #"\u{800}", #"\u{10000}", #"\u{3FFFFFF}", #"\u{7FFFFFFF}")
print("\x7A\x7a", "\z
       continued", "a\z  b")
print(string.format("%q", "\u{80}\u{7FF}"))
local s = "\255\0\1"
print(#s, s == "\xff\x00\x01")
