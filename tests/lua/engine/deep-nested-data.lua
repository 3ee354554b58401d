-- deeply nested constructors in source and recursive traversal
local src = string.rep("{", 150) .. "1" .. string.rep("}", 150)
local t = load("return " .. src)()
local d = 0
while type(t) == "table" do t = t[1] d = d + 1 end
print(d, t)
local function build(n) if n == 0 then return "leaf" end return {build(n - 1)} end
local function walk(x, n) if type(x) ~= "table" then return x, n end return walk(x[1], n + 1) end
print(walk(build(10000), 0))
