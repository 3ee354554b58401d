-- string.format('%q'): Lua literals that read back as the same value
local f = string.format
print(f("%q", "plain"), f("%q", ""), f("%q", 'say "hi"'), f("%q", "back\\slash"))
print(f("%q", "line1\nline2"))
print(f("%q", "\r\t\0\1\31\127"), f("%q", "\0001\0a\r9\t0\2019"))
print(f("%q", "\128\200\255") == '"\128\200\255"', f("%q", "a\0"))
print(f("%q", 0), f("%q", 42), f("%q", -42), f("%q", math.maxinteger), f("%q", math.mininteger))
print(f("%q", 1.0), f("%q", -1.0), f("%q", 0.1), f("%q", -0.0), f("%q", 0.0), f("%q", 2^63), f("%q", 1e100))
print(f("%q", 1/0), f("%q", -1/0), f("%q", 0/0), f("%q", 5e-324), f("%q", 1.7976931348623157e308))
print(f("%q", nil), f("%q", true), f("%q", false))
print(f("[%q] [%q]", 1, "x"))
print(pcall(f, "%q", {}))
print(pcall(f, "%q", print))
print(pcall(f, "%q", coroutine.create(print)))
print(pcall(f, "%q"))
print(pcall(f, "%5q", "x"))
print(pcall(f, "%-q", "x"))

-- round trips through load
local values = {"", "a\0b\0001", "\n\r\t\v\f\a\b", "quote\"back\\", "\200\201\255\0009", 0, -1, 2^53, math.mininteger,
                math.maxinteger, 0.5, -0.0, 1/3, 1e308, 5e-324, 1/0, -1/0, true, false}
for i, v in ipairs(values) do
  local back = load("return " .. f("%q", v))()
  print(i, back == v, math.type(back) == math.type(v), type(v) ~= "number" or 1 / back == 1 / v)
end
local nan = load("return " .. f("%q", 0/0))()
print(nan ~= nan)
-- every byte
local all = {}
for b = 0, 255 do all[#all + 1] = string.char(b) end
all = table.concat(all)
print(load("return " .. f("%q", all))() == all, #f("%q", all))
