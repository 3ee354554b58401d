-- coroutine.wrap as a for-in iterator with state
local function chars(s)
  return coroutine.wrap(function()
    for i = 1, #s do coroutine.yield(i, s:rep(1)) end
  end)
end
local n = 0
for i, whole in chars("abcd") do n = n + i end
print(n)
local function pairs_sorted_ints(t)
  return coroutine.wrap(function()
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    for i = 2, #keys do
      local v, j = keys[i], i - 1
      while j >= 1 and keys[j] > v do keys[j + 1] = keys[j]; j = j - 1 end
      keys[j + 1] = v
    end
    for _, k in ipairs(keys) do coroutine.yield(k, t[k]) end
  end)
end
for k, v in pairs_sorted_ints({[5] = "e", [1] = "a", [3] = "c", [100] = "z"}) do print(k, v) end
