local k <const> = 42
local s <const> = "s"
local v <const> = {}
local function f() return k, s, v end
return f
