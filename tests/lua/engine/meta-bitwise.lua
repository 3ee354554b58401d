-- bitwise metamethods
local mt = {}
local function B(x) return setmetatable({x = x}, mt) end
local function v(o) if type(o) == "table" then return o.x end return o end
for _, op in ipairs({"band", "bor", "bxor", "shl", "shr"}) do
  mt["__" .. op] = function(a, b) return op .. ":" .. tostring(v(a)) .. ":" .. tostring(v(b)) end
end
mt.__bnot = function(a, b) return "bnot:" .. v(a) .. ":" .. tostring(v(b)) end
local a = B(6)
print(a & 3, 3 | a, a ~ a, a << 1, 1 >> a, ~a)
print(a & 1.5, 1.5 | a, "x" ~ a, a & "7")
-- metamethods are tried for floats without integer representation
local C = setmetatable({}, {__band = function(x, y) return "C-band" end})
print(1.5 & C, C & 2^64)
-- errors
print(pcall(function() return {} & 1 end))
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() local t = {} return ~t end))
print(pcall(function() return 1 | nil end))
print(pcall(function() return "a" << 1 end))
