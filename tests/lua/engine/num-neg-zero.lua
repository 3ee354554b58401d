-- negative zero
local nz = -0.0
print(nz, 0.0, nz == 0.0, nz == 0, 1 / nz, 1 / 0.0)
print(nz + 0, nz + 0.0, 0.0 + nz, nz * 1, nz - 0.0, 0.0 - 0.0, -0.0 - 0.0)
print(nz // 1, nz % 1, 0 * -1.0, -1 * 0.0)
print(math.tointeger(nz), nz | 0, math.type(nz | 0))
print(string.format("%g %g %5.1f", nz, 0.0, nz))
local t = {}
t[nz] = "negzero"
print(t[0], t[0.0], math.type(next(t)))
print(tostring(-0.0) == "-0.0", -0.0 .. "", tostring(0.0 * -1))
print(tonumber("-0"), tonumber("-0.0"), math.type(tonumber("-0")))
