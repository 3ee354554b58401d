-- pcall: protected calls in a loop: successful calls, errors with string and
-- table values, error levels, nested pcall and error rethrown. Size:
-- repetitions (arg[1]).
local N = 240
if arg and arg[1] then N = tonumber(arg[1]) end

local function work(i)
  if i % 3 == 0 then error("bad " .. i, 0) end
  if i % 7 == 0 then error({ code = i }) end
  return i * 2
end

local function nested(i)
  local ok, e = pcall(work, i)
  if not ok then error(e, 0) end
  return e
end

local check = 0
for r = 1, N do
  local ok_n, str_n, tab_n, sum = 0, 0, 0, 0
  for i = 1, 10000 do
    local ok, v = pcall(work, i + r)
    if ok then
      ok_n = ok_n + 1
      sum = sum + v
    elseif type(v) == "table" then
      tab_n = tab_n + 1
      sum = sum + v.code
    else
      str_n = str_n + 1
      sum = sum + #v
    end
    local ok2, v2 = pcall(nested, i)
    if ok2 then sum = sum + v2 % 10 end
  end
  check = (check + ok_n * 3 + str_n * 5 + tab_n * 7 + sum) % 1000003
end
print(string.format("pcall: %d", check))
