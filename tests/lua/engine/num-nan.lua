-- NaN behaviour (printing NaN itself is avoided; see num-nan-print.lua)
local nan = 0/0
print(nan ~= nan, nan == nan, rawequal(nan, nan))
print(nan < 1, nan > 1, nan <= 1, nan >= 1, 1 < nan, nan < nan, nan <= nan)
print(not (nan < 1), not (nan >= 1))
print(math.type(nan), type(nan))
local t = {nan}
print(#t, t[1] ~= t[1])
print(pcall(function() local u = {} u[nan] = 1 end))
print(pcall(rawset, {}, nan, 1))
print(({})[nan], rawget({}, nan))
print(math.huge - math.huge ~= math.huge - math.huge)
print(math.tointeger(nan), nan // 1 ~= nan // 1, pcall(function() return nan | 0 end))
print(nan == 0/0, 0 * math.huge ~= 0 * math.huge)
local m = math.huge
print(m == m, m > math.maxinteger, -m < math.mininteger)
for i, v in ipairs({0, 1.5, -1, math.huge}) do
  print(i, v < nan, v > nan, v == nan)
end
