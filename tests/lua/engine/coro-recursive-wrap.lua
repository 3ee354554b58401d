-- recursive generators built from nested coroutine.wrap
local function gen(n)
  return coroutine.wrap(function()
    if n == 0 then coroutine.yield(0) return end
    for v in gen(n - 1) do coroutine.yield(v) end
    coroutine.yield(n)
  end)
end
local out = {}
for v in gen(20) do out[#out + 1] = v end
print(#out, out[1], out[21])
-- binary tree in-order traversal
local function node(v, l, r) return {v = v, l = l, r = r} end
local tree = node(4, node(2, node(1), node(3)), node(6, node(5), node(7)))
local function inorder(t)
  return coroutine.wrap(function()
    if t == nil then return end
    for v in inorder(t.l) do coroutine.yield(v) end
    coroutine.yield(t.v)
    for v in inorder(t.r) do coroutine.yield(v) end
  end)
end
out = {}
for v in inorder(tree) do out[#out + 1] = v end
print(table.concat(out, " "))
