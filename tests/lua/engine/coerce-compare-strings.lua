-- string comparisons compare bytes, not numeric values
print("10" < "9", "10" < "2", "-1" < "0", "1e2" < "2", "0x10" < "1")
print("a" < "b", "a" < "B", "abc" < "abcd", "abd" > "abcd", "" < " ")
print(("2" + 0) < ("10" + 0), tonumber("2") < tonumber("10"))
local list = {"10", "9", "2", "33", "100", "1"}
for i = 2, #list do
  local v, j = list[i], i - 1
  while j >= 1 and list[j] > v do list[j + 1] = list[j]; j = j - 1 end
  list[j + 1] = v
end
print(table.concat(list, " "))
