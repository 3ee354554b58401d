-- an uncaught runtime error with variable info
print("start")
local t = {}
local v = t.a.b
