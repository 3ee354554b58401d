-- float keys with integer values are normalised to integers
local t = {}
t[1.0] = "a"
print(t[1], t[1.0], math.type(next(t)))
t[2] = "b"
print(t[2.0], #t)
t[2^53] = "big"
print(t[2^53], t[9007199254740992], math.type(next({[2^53] = 1})))
t[-0.0] = "zero"
print(t[0], t[-0.0], t[0.0], math.type(next({[-0.0] = 1})))
t[1.5] = "frac"
print(t[1.5], t[1], t[3/2])
t[2^63] = "huge"
print(t[2^63], t[math.mininteger], math.type(next({[2^63] = 1})))
t["1"] = "str"
print(t["1"], t[1])
local k = {}
for _, key in ipairs({1, 1.0, 2, 2.0, 3.5, "3.5", 1e300}) do
  k[key] = (k[key] or 0) + 1
end
print(k[1], k[2], k[3.5], k["3.5"], k[1e300])
local u = {[1] = "int", [1.0] = "float"}
print(u[1])
print(rawget(t, 1.0), rawget(t, 2.0))
rawset(t, 3.0, "c")
print(t[3], math.type(#t))
