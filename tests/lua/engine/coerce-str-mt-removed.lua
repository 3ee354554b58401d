-- string arithmetic coercion lives in the string metatable in 5.4;
-- removing its metamethods turns it off
print("10" + 1, "3" * "4", -"2")
local mt = getmetatable("")
local saved = {}
for _, k in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv"}) do
  saved[k] = mt[k]
  print(k, type(mt[k]))
  mt[k] = nil
end
print(pcall(function() return "10" + 1 end))
print(pcall(function() local s = "3" return s * 2 end))
print(pcall(function() return -"2" end))
print(pcall(function() local t = {x = "1"} return 1 - t.x end))
mt.__add = function(a, b) return "added:" .. a .. "," .. b end
print("10" + 1, 1 + "x", "a" + "b")
mt.__add = nil
for k, v in pairs(saved) do mt[k] = v end
print("10" + 1, "3" * "4", -"2", "7" // 2, "7" % 2, "2" ^ 3, "1" / 4, "9" - 1)
print(1 < 2, getmetatable("").__index == string)
