-- argument type errors name userdata by __name and light userdata as such
print(pcall(string.rep, io.stdout))
print(pcall(debug.setuservalue, debug.upvalueid(function() return print end, 1), {}))
print(pcall(math.floor, setmetatable({}, {__name = "MyType"})))
print(type(debug.upvalueid(function() return print end, 1)))
local f = function() return print end
print(debug.upvalueid(f, 1) == debug.upvalueid(f, 1))
