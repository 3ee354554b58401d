-- math: integer/float results of abs, floor, ceil, fmod, modf, tointeger,
-- type, ult, max, min
local function show(...)
  local out = {}
  for i = 1, select('#', ...) do
    local v = select(i, ...)
    out[i] = tostring(v) .. (math.type(v) and (":" .. math.type(v)) or "")
  end
  return table.concat(out, " ")
end

print(show(math.abs(-3), math.abs(3), math.abs(0), math.abs(-0.0), math.abs(-3.5), math.abs(math.mininteger)))
print(show(math.abs(math.mininteger + 1), math.abs(-2^63), math.abs("-3"), math.abs("4"), math.abs(-math.huge)))
print(pcall(math.abs), pcall(math.abs, "x"))
print(show(math.floor(3.7), math.floor(-3.7), math.floor(3), math.floor(-0.0), math.floor(0.5), math.floor(-0.5)))
print(show(math.ceil(3.2), math.ceil(-3.2), math.ceil(3), math.ceil(-0.5), math.ceil(0.5), math.ceil(-0.0)))
print(show(math.floor(2^53), math.floor(2^62), math.floor(2^63), math.floor(-2^63), math.floor(1e100), math.floor(-1e100)))
print(show(math.ceil(2^63 - 1024), math.ceil(-2^63 - 2048), math.floor(math.huge), math.ceil(-math.huge)))
print(show(math.floor(math.maxinteger), math.ceil(math.mininteger), math.floor("3.7"), math.floor("3"), math.ceil("-2.5")))
print(show(math.floor(2^53 + 0.0), math.floor(-(2^53 - 1) - 0.5), math.ceil(4503599627370495.5)))
print(pcall(math.floor, "x"))
print(pcall(math.ceil, {}))
print(pcall(math.floor))

-- fmod: integers keep integer arithmetic (C remainder: sign of the dividend)
print(show(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), math.fmod(6, 3), math.fmod(-6, 3)))
print(show(math.fmod(math.mininteger, -1), math.fmod(math.maxinteger, -1), math.fmod(5, 1), math.fmod(math.mininteger, 3)))
print(show(math.fmod(math.maxinteger, math.mininteger), math.fmod(math.mininteger, math.maxinteger), math.fmod(3, math.mininteger)))
print(show(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(7, 2.0), math.fmod("7", 2), math.fmod(7, "2"), math.fmod(1, math.huge)))
print(show(math.fmod(-6.0, 3), math.fmod(2^60, 3), math.fmod(1e300, 7), math.fmod(0.3, 0.1)))
print(pcall(math.fmod, 1, 0))
print(pcall(math.fmod, math.mininteger, 0))
print(pcall(math.fmod, 1))
print(pcall(math.fmod, nil, 1))
print(pcall(function() return math.fmod(5, 0) end))
print(show(math.fmod(1, 0.0) ~= math.fmod(1, 0.0), math.fmod(0.0, 1), math.fmod(-0.0, 1)))

-- modf: the integral part is an integer when it fits, the fraction a float
print(show(math.modf(3.7)))
print(show(math.modf(-3.7)))
print(show(math.modf(5)))
print(show(math.modf(-0.5)))
print(show(math.modf(0.0)))
print(show(math.modf(-0.0)))
print(show(math.modf(math.huge)))
print(show(math.modf(-math.huge)))
print(show(math.modf(2^63)))
print(show(math.modf(-2^63)))
print(show(math.modf(1e300)))
print(show(math.modf("2.25")))
print(show(math.modf(math.mininteger)))
print(pcall(math.modf))

-- tointeger (5.4.4 converts numeric strings)
print(show(math.tointeger(3), math.tointeger(3.0), math.tointeger(3.5), math.tointeger(-0.0), math.tointeger(2^53)))
print(show(math.tointeger(2^63), math.tointeger(-2^63), math.tointeger(math.huge), math.tointeger(0 / 0)))
print(show(math.tointeger("10"), math.tointeger(" 0x10 "), math.tointeger("3.0"), math.tointeger("3.5"), math.tointeger("x")))
print(show(math.tointeger({}), math.tointeger(nil), math.tointeger(true), math.tointeger("9223372036854775807")))
print(show(math.tointeger("9223372036854775808"), math.tointeger("1e2")))
print(pcall(math.tointeger))

-- type
print(math.type(1), math.type(1.0), math.type(-0.0), math.type(2^63), math.type(math.mininteger))
print(math.type("1"), math.type(nil), math.type({}), math.type(math.huge), math.type(0 / 0))
print(pcall(math.type))

-- ult
print(math.ult(1, 2), math.ult(2, 1), math.ult(-1, 1), math.ult(1, -1), math.ult(math.maxinteger, math.mininteger))
print(math.ult(0, 0), math.ult(3.0, 4), math.ult("1", "2"), math.ult(-2, -1))
print(pcall(math.ult, 1.5, 2))
print(pcall(math.ult, 1, {}))
print(pcall(math.ult, 1))

-- max/min keep the winner as it is (int or float), compare exactly
print(show(math.max(1, 2.0), math.max(2.0, 1), math.max(2, 2.0), math.max(2.0, 2), math.max(-0.0, 0), math.max(0, -0.0)))
print(show(math.min(1, 2.0), math.min(2.0, 1), math.min(2, 2.0), math.min(2.0, 2), math.min(-0.0, 0), math.min(0, -0.0)))
print(show(math.max(math.maxinteger, 2^63), math.max(2^63, math.maxinteger), math.min(math.mininteger, -2^63), math.min(-2^63, math.mininteger)))
print(show(math.max(math.maxinteger - 1, 2^63 - 1024.0), math.max(9007199254740993, 2^53)))
print(show(math.max(3), math.min(3.5), math.max(1, 5, 3, 5.0), math.min(4, -1, -1.0, 2)))
print(show(math.max(0 / 0, 1) ~= math.max(0 / 0, 1), math.max(1, 0 / 0), math.min(1, 0 / 0)))
print(math.max("a", "b"), math.min("a", "b"), math.max("10", "9"))
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(pcall(math.min, {}, {}))
print(type(math.max({})), type(math.min(print)))
local mt = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(math.max(a, b).v, math.min(a, b).v, math.max(b, a).v)
print(pcall(function() return math.max() end))

-- constants
print(show(math.pi, math.huge, -math.huge, math.maxinteger, math.mininteger))
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
