-- several chunks sharing one environment table
local env = {}
local set = load("value = ...", "=set", "t", env)
local get = load("return value", "=get", "t", env)
set(10)
print(get(), env.value)
set("changed")
print(get())
local other = load("return value", "=other", "t", {value = "other env"})
print(other(), get())
