-- math.random / math.randomseed: lua5.4's xoshiro256** exactly, for several
-- seeds and every form of call
local function seq(n, ...)
  local out = {}
  for i = 1, n do out[i] = tostring(math.random(...)) end
  return table.concat(out, " ")
end

for _, s in ipairs({0, 1, 42, -1, 123456789, math.maxinteger, math.mininteger, 2^53}) do
  print("seed", s, math.randomseed(s))
  print(seq(4))
  print(seq(10, 6))
  print(seq(10, -3, 3))
  print(seq(4, 0))
  print(seq(6, 1, 1000000007))
end

-- two-part seeds, floats with integer values and numeric strings
print(math.randomseed(1, 2))
print(seq(5, 100))
print(math.randomseed(1.0, -7.0))
print(seq(5, 100))
print(math.randomseed("3", "4"))
print(seq(5, 100))
print(math.randomseed(math.mininteger, math.maxinteger))
print(seq(5, 100))
math.randomseed(7)
local a = seq(20, 1000)
math.randomseed(7)
print(a == seq(20, 1000))

-- ranges around powers of two and the 32-bit boundary (projection)
math.randomseed(2024)
for _, up in ipairs({1, 2, 3, 4, 7, 8, 9, 255, 256, 257, 65535, 65536, 2^31 - 1, 2^31, 2^32 - 1, 2^32, 2^32 + 1, 2^40 + 3, 2^53, 2^62 + 1}) do
  print(up, seq(4, math.tointeger(up)))
end
print(seq(3, math.mininteger, math.maxinteger))
print(seq(3, math.mininteger, -1))
print(seq(3, 0, math.maxinteger))
print(seq(3, math.maxinteger - 2, math.maxinteger))
print(seq(3, math.mininteger, math.mininteger + 2))
print(seq(3, -2^40, 2^40))
print(seq(3, math.mininteger + 5, 5))
print(seq(3, 9007199254740990, 9007199254740999))
print(seq(3, -9007199254740999, -9007199254740990))
print(seq(5, 5, 5), seq(3, math.maxinteger, math.maxinteger))
print(seq(3, 3.0), seq(3, "10", "12"))

-- statistics: every value of a small range appears, floats lie in [0, 1)
math.randomseed(99)
local counts = {0, 0, 0, 0, 0, 0}
for _ = 1, 6000 do
  local r = math.random(6)
  counts[r] = counts[r] + 1
end
print(table.concat(counts, " "))
local lo, hi, allfloat = 1, 0, true
for _ = 1, 10000 do
  local f = math.random()
  if f < lo then lo = f end
  if f > hi then hi = f end
  if math.type(f) ~= "float" then allfloat = false end
end
print(lo >= 0, hi < 1, allfloat, lo, hi)

-- errors (a number is drawn before the arguments are checked)
math.randomseed(5)
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1.5))
print(pcall(math.random, 1, 2.5))
print(pcall(math.random, "x"))
print(pcall(math.random, 1, {}))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, nil))
print(pcall(math.random, -5))
print(pcall(math.random, math.maxinteger, math.mininteger))
print(pcall(function() return math.random(3, 1) end))
print(math.random(100))
print(pcall(math.randomseed, 1.5))
print(pcall(math.randomseed, {}))
print(pcall(math.randomseed, 1, "x"))
print(pcall(math.randomseed, nil))

-- randomseed() seeds from the clock and returns the two seeds it used
local s1, s2 = math.randomseed()
print(math.type(s1), math.type(s2))
print(math.randomseed(s1, s2) == s1)
