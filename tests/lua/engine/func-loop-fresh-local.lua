-- each loop iteration has a fresh local
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
fs = {}
for k, v in ipairs({"a", "b", "c"}) do fs[#fs + 1] = function() return k .. v end end
print(fs[1](), fs[2](), fs[3]())
fs = {}
local j = 0
while j < 3 do
  j = j + 1
  local jj = j
  fs[#fs + 1] = function() jj = jj + 100 return jj end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
fs = {}
local n = 0
repeat
  local m = n
  fs[#fs + 1] = function() return m end
  n = n + 1
until m >= 2
print(#fs, fs[1](), fs[3]())
-- the loop variable itself is not shared with the control variable
fs = {}
for i = 1, 3 do
  fs[#fs + 1] = function() i = i * 10 return i end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
-- loop body locals captured in nested loops
fs = {}
for a = 1, 2 do for b = 1, 2 do fs[#fs + 1] = function() return a * 10 + b end end end
print(fs[1](), fs[2](), fs[3](), fs[4]())
-- a captured variable declared before the loop is shared
local shared = 0
fs = {}
for i = 1, 3 do shared = shared + i fs[i] = function() return shared end end
print(fs[1](), fs[2](), fs[3]())
