-- error with levels 0, 1, 2, 3
local function lvl(n) error("msg", n) end
local function caller(n) lvl(n) end
print(pcall(lvl, 0))
print(pcall(lvl, 1))
print(pcall(lvl))
print(pcall(caller, 2))
print(pcall(caller, 3))
local function deeper(n)
  caller(n)
end
print(pcall(deeper, 3))
print(pcall(error, "direct"))
print(pcall(error, "direct", 1))
print(pcall(error, "direct", 2))
print(pcall(function() error("in anon") end))
print(pcall(function() error("in anon", 2) end))
print(pcall(function()
  error("multi-line call",
        1)
end))
