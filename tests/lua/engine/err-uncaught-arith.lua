-- an uncaught arithmetic error with a field name
local config = {}
print("computing")
local total = config.base * 2
