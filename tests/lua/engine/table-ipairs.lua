-- ipairs stops at the first nil and honours __index (5.4)
local t = {1, 2, nil, 4}
for i, v in ipairs(t) do print(i, v) end
local p = setmetatable({}, {__index = function(_, i) if i <= 5 then return i * 10 end end})
for i, v in ipairs(p) do print("proxy", i, v) end
local q = setmetatable({1, 2}, {__index = {nil, nil, 3, 4}})
for i, v in ipairs(q) do print("chain", i, v) end
local f, s, c = ipairs({})
print(type(f), type(s), c)
print(f({7, 8}, 0), f({7, 8}, 1), f({7, 8}, 2))
local r = {}
for i, v in ipairs({"a", "b", "c"}) do r[#r + 1] = i .. v end
print(table.concat(r, " "))
print(pcall(ipairs))
print(pcall(function() for i, v in ipairs(nil) do end end))
local calls = 0
local c2 = setmetatable({}, {__index = function(_, i) calls = calls + 1 if i < 4 then return false end end})
for i, v in ipairs(c2) do print("false-valued", i, v) end
print(calls)
for i, v in ipairs("abc") do print("string", i, v) end
