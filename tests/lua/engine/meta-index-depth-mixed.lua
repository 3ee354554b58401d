-- an __index function that itself indexes proxies
local function make(level)
  if level == 0 then return {leaf = "L"} end
  local inner = make(level - 1)
  return setmetatable({}, {__index = function(_, k) return inner[k] end})
end
local top = make(50)
print(top.leaf, top.other)
local count = 0
local counting = setmetatable({}, {__index = function(t, k) count = count + 1 if k > 1 then return t[k - 1] + 1 end return 1 end})
print(counting[100], count)
