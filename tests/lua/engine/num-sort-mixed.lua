-- sorting a mix of integers and floats with < (exact comparisons)
local nums = {3, 2.5, -1, 2^53, (1 << 53) + 1, 0, -0.0, math.maxinteger, 2^63, math.mininteger, -2^63, 1e-300, -math.huge, math.huge}
for i = 2, #nums do
  local v, j = nums[i], i - 1
  while j >= 1 and nums[j] > v do nums[j + 1] = nums[j]; j = j - 1 end
  nums[j + 1] = v
end
for i, v in ipairs(nums) do print(i, math.type(v), v) end
