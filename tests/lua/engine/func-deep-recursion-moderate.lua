-- moderately deep non-tail recursion (fast in every engine)
local function depth(n) if n == 0 then return 0 end return depth(n - 1) + 1 end
print(depth(10000), depth(20000))
local function sumlist(l) if not l then return 0 end return l.v + sumlist(l.next) end
local list
for i = 1, 10000 do list = {v = i, next = list} end
print(sumlist(list))
local function count(t) local n = 1 for _, c in ipairs(t) do n = n + count(c) end return n end
local tree = {}
local cur = tree
for i = 1, 5000 do local nxt = {} cur[1] = nxt cur[2] = {} cur = nxt end
print(count(tree))
