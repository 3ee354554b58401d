-- loops and functions with _ENV swaps
local results = {}
local envs = {{v = 1}, {v = 2}, {v = 3}}
for i, e in ipairs(envs) do
  local _ENV = e
  results[i] = function() return v end
end
print(results[1](), results[2](), results[3]())
local function with_env(env, f) return load("return " .. f, "=w", "t", env)() end
print(with_env({a = 5, b = 6}, "a * b"), with_env({s = "x"}, "s .. s"))
