-- strings are byte strings
print(#"", #"abc", #"a\0b", #"\0\0\0", #"\255\254", #"\u{7FF}", #"\u{FFFF}", #"\u{10FFFF}")
print(#"é", #"日本", #"\xff\xfe\x00", #"\z
      abc")
local s = "a\0b\0c"
print(#s, s == "a\0b\0c", s ~= "a\0b", s .. "!" == "a\0b\0c!")
print(#(s .. s), #string.rep(s, 10), #string.rep("\0", 100, "\0"))
print("\65\066\0671", "\x41\x42", "\u{41}\u{42}", "\z   ok")
print(#"\u{7FFFFFFF}", "\u{48}\u{49}")
print("tab\there", "nl\\n", 'q"q', "q'q", "\"", '\'')
print("a\
b")
print(#"\r\n", #"\a\b\f\v", "\97\98\99")
local t = {}
for i = 1, 5 do t[i] = "\0" .. i end
print(#table.concat(t), #table.concat(t, "\0"))
