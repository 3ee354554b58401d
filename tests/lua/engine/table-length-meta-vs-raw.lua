-- # uses __len, rawlen does not; ipairs/unpack/concat/insert use #
local t = setmetatable({1, 2, 3, 4, 5}, {__len = function() return 2 end})
print(#t, rawlen(t))
print(table.unpack(t))
print(table.concat(t, ","))
table.insert(t, "x")
print(rawget(t, 3), rawget(t, 6))
local n = 0
for _ in ipairs(t) do n = n + 1 end
print(n)
local p = table.pack(table.unpack(t, 1, rawlen(t)))
print(p.n)
