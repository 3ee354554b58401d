-- error in the middle of a loop with a to-be-closed variable per iteration
local log = {}
local function C(n) return setmetatable({}, {__close = function(_, e) log[#log + 1] = n .. "/" .. tostring(e) end}) end
print(pcall(function()
  for i = 1, 5 do
    local c <close> = C(i)
    if i == 3 then error("stop at 3", 0) end
  end
end))
print(table.concat(log, " "))
log = {}
local i = 0
while i < 3 do
  i = i + 1
  local c <close> = C("w" .. i)
  if i == 2 then goto continue end
  log[#log + 1] = "body" .. i
  ::continue::
end
print(table.concat(log, " "))
