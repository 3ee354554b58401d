-- global functions are fields of _ENV
function globalfn() return "g" end
print(_ENV.globalfn(), _ENV["globalfn"] == globalfn)
local function count_globals_named(prefix)
  local n = 0
  for k in pairs(_ENV) do if type(k) == "string" and k >= prefix and k < prefix .. "\255" then n = n + 1 end end
  return n
end
zz_one, zz_two, zz_three = 1, 2, 3
print(count_globals_named("zz_"))
zz_two = nil
print(count_globals_named("zz_"))
print(type(_ENV.print), type(_ENV.pcall))
