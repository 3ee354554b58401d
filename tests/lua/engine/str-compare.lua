-- string ordering is byte order (the C locale)
local words = {"b", "a", "B", "A", "", "ab", "a\0", "a\0b", "\0", "\255", "z", "Z", "aa", "a ", "10", "9", "~"}
-- insertion sort with <
for i = 2, #words do
  local v = words[i]
  local j = i - 1
  while j >= 1 and v < words[j] do
    words[j + 1] = words[j]
    j = j - 1
  end
  words[j + 1] = v
end
for i, w in ipairs(words) do
  print(i, string.format("%q", w), #w)
end
print("a\0b" < "a\0c", "a\0" > "a", "a" < "a\0", "a\0" == "a")
print("abc" <= "abc", "abc" >= "abd", "" <= "", "\0" > "")
print("\128" > "\127", "\255" > "\254", "é" > "z")
