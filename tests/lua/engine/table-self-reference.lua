-- tables referring to themselves
local t = {}
t.self = t
t[t] = "key is self"
print(t.self == t, t.self.self.self == t, t[t], t[t.self])
local a, b = {}, {}
a.other, b.other = b, a
print(a.other.other == a, b.other.other.other == a)
local list = {v = 1}
list.next = {v = 2, next = {v = 3}}
list.next.next.next = list
local vals, node = {}, list
for i = 1, 7 do vals[i] = node.v node = node.next end
print(table.concat(vals, " "))
