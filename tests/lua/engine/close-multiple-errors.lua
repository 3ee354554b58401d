-- several __close errors: each one replaces the previous error
local seen = {}
local function F(name) return setmetatable({}, {__close = function(_, e)
  seen[#seen + 1] = name .. " sees " .. tostring(e)
  error(name .. " error", 0)
end}) end
print(pcall(function()
  local a <close> = F("a")
  local b <close> = F("b")
  local c <close> = F("c")
  error("body error", 0)
end))
for _, s in ipairs(seen) do print(s) end
seen = {}
print(pcall(function()
  local a <close> = F("a")
  local b <close> = F("b")
end))
for _, s in ipairs(seen) do print(s) end
