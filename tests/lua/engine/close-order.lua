-- to-be-closed variables are closed in reverse order on every kind of exit
local function C(name)
  return setmetatable({}, {__close = function(_, err)
    print("close " .. name, type(err) == "table" and "a table, code " .. err.code or err)
  end})
end
do
  local a <close> = C("a")
  local b <close> = C("b")
  local c <close> = C("c")
  print("normal exit")
end
for i = 1, 3 do
  local x <close> = C("loop" .. i)
  if i == 2 then break end
end
print("after break")
do
  local g <close> = C("goto")
  goto out
end
::out::
local function f()
  local r <close> = C("return")
  return "ret"
end
print(f())
print(pcall(function()
  local e1 <close> = C("e1")
  local e2 <close> = C("e2")
  error("the error")
end))
print(pcall(function()
  local e <close> = C("tbl")
  error({code = 1})
end) == false)
