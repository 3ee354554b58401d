-- __close is looked up when the variable goes out of scope
local function closer(name)
  return setmetatable({}, {__close = function(self, err) print("close", name, err) end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  print("in block")
end
print("after")
local mt = {}
local obj = setmetatable({}, mt)
mt.__close = function() print("metamethod set after creation") end
do local o <close> = obj end
print(pcall(function() local x <close> = setmetatable({}, {}) end))
