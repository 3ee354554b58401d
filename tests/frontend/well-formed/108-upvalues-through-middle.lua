local v = 1
local function outer()
  return function()
    return function() return v end
  end
end
