local t = {}
t["end"] = 1
t.x = t["while"]
local u = {["and"] = 1, ["or"] = 2}
