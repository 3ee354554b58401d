-- errors inside __close replace the error being propagated
local function C(name, fail)
  return setmetatable({}, {__close = function(_, err)
    print("closing", name, err)
    if fail then error(name .. " failed", 0) end
  end})
end
print(pcall(function()
  local a <close> = C("a")
  local b <close> = C("b", true)
  local c <close> = C("c")
  error("original", 0)
end))
print(pcall(function()
  local a <close> = C("a", true)
  local b <close> = C("b", true)
  return "not reached"
end))
print(pcall(function()
  local a <close> = C("a")
  local b <close> = C("b", true)
  print("body ok")
end))
-- error values of any type
local ok, e = pcall(function()
  local a <close> = setmetatable({}, {__close = function(_, e) print("got", type(e), e and e.code) end})
  error({code = 42})
end)
print(ok, type(e), e.code)
