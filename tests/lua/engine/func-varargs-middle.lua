-- ... and calls in the middle of lists are truncated to one value
local function three() return 1, 2, 3 end
local function count(...) return select('#', ...) end
local function v(...)
  print(count(..., "x"), count("x", ...), count(..., ...))
  local t = {..., "end"}
  print(#t, t[1], t[2])
  local a, b, c = ..., "y"
  print(a, b, c)
end
v(10, 20, 30)
v()
print(count(three(), three()), count(three(), "z"), count((three())))
local r = {three(), three(), three()}
print(#r)
print(three(), "-", three())
