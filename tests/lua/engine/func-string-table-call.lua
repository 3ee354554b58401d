-- call sugar: f"str", f[[str]], f{table}, chained
local function id(...) return ... end
local function count(...) return select('#', ...) end
print(id"plain", id[[long]], id[==[level]==])
print(count"x", count{1, 2}, type(id{}))
local function curry(a) return function(b) return function(c) return a .. b .. c end end end
print(curry"a""b""c")
print(pcall(curry"x"[[y]], {1}))
local obj = {m = function(self, s) return "m:" .. tostring(s) end}
print(obj:m"s", obj:m{1} ~= nil, obj:m[[long]])
