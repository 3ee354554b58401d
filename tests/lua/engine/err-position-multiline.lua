-- error positions for expressions and calls spanning several lines
local t = {}
print(pcall(function()
  local x = 1 +
    2 +
    t.missing
  return x
end))
print(pcall(function()
  return t
    .a
    .b
end))
print(pcall(function()
  local r = t.f(
    1,
    2
  )
end))
print(pcall(function()
  undefinedfunc(
    "arg1",
    "arg2"
  )
end))
print(pcall(function()
  local s = "a" ..
    "b" ..
    t.nope
end))
print(pcall(function()
  local v = t
  [1]
  [2]
end))
print(pcall(function()
  t:method(
    1)
end))
print(pcall(function()
  return 1 <
    t
end))
print(pcall(function()
  error(
    "explicit"
  )
end))
print(pcall(function()
  local a = {
    x = 1,
    y = t.z.w,
  }
end))
