-- large constructors (more than one SETLIST batch) and multiple results at the end
local t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60}
print(#t, t[1], t[50], t[51], t[60])
local function many(n)
  local r = {}
  for i = 1, n do r[i] = i * i end
  return table.unpack(r)
end
local u = {many(100)}
print(#u, u[1], u[100])
local v = {0, many(300)}
print(#v, v[1], v[2], v[301])
local w = {many(3), many(3)}
print(#w, w[1], w[2], w[4])
local x = {a = 1, many(5), b = 2}
print(#x, x[1], x[2], x.a, x.b)
local y = {many(5), a = 1}
print(#y, y[1], y[2], y.a)
local s = {}
for i = 1, 200 do s[#s + 1] = "v" .. i end
local z = {table.unpack(s)}
print(#z, z[1], z[200])
