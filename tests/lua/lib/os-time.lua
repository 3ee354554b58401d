-- os.time with and without a table, os.difftime. Local times are compared
-- with each other (differences, round trips), so the time zone of the
-- machine does not show.
print(math.type(os.time()), os.time() > 1600000000, os.time(nil) >= os.time() - 1)

-- round trips through os.date("*t")
for _, d in ipairs{{2000, 1, 1, 0, 0, 0}, {2024, 2, 29, 12, 30, 45}, {1970, 1, 2, 0, 0, 0},
                   {1960, 7, 14, 3, 4, 5}, {2100, 12, 31, 23, 59, 59}, {1601, 1, 1, 12, 0, 0},
                   {9999, 6, 30, 6, 0, 0}, {3000, 1, 15, 1, 2, 3}} do
  local t = os.time{year = d[1], month = d[2], day = d[3], hour = d[4], min = d[5], sec = d[6]}
  local r = os.date("*t", t)
  print(r.year, r.month, r.day, r.hour, r.min, r.sec, r.wday, r.yday, math.type(t))
end

-- differences of local times do not depend on the zone (away from DST changes)
local function T(y, m, d, h, mi, s) return os.time{year = y, month = m, day = d, hour = h, min = mi, sec = s} end
print(T(2000, 1, 2, 0, 0, 0) - T(2000, 1, 1, 0, 0, 0))
print(T(2001, 1, 15, 12, 0, 0) - T(2000, 1, 15, 12, 0, 0))
print(T(2000, 1, 15, 12, 0, 0) - T(1999, 1, 15, 12, 0, 0))
print(T(2000, 1, 31, 0, 0, 0) - T(2000, 1, 1, 0, 0, 0))
print(T(2000, 1, 1, 0, 0, 0) - T(1, 1, 1, 0, 0, 0))
print(T(-1000, 1, 1, 0, 0, 0) - T(-1001, 1, 1, 0, 0, 0))

-- default fields: hour 12, min 0, sec 0
print(os.time{year = 2000, month = 1, day = 1} - T(2000, 1, 1, 0, 0, 0))

-- normalisation: fields out of range, and the table is updated
local function show(t)
  local keys = {"year", "month", "day", "hour", "min", "sec", "yday", "wday"}
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(t[k]) end
  out[#out + 1] = "isdst:" .. type(t.isdst)
  print(table.concat(out, " "))
end
for _, t in ipairs{
  {year = 2000, month = 14, day = -3, hour = 25, min = -7, sec = 70},
  {year = 2000, month = 1, day = 1, hour = 0, min = 0, sec = -1},
  {year = 2000, month = 0, day = 0},
  {year = 2000, month = -13, day = 400},
  {year = 2000, month = 3, day = 1, hour = -24},
  {year = 2001, month = 2, day = 29},
  {year = 2000, month = 1, day = 1, min = 100000},
  {year = 2000, month = 1, day = 1, sec = 1000000000},
  {year = "2000", month = 1.0, day = "3", hour = "0x10"},
} do
  os.time(t)
  show(t)
end

-- the fields are read and written through metamethods
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. k; return ({year = 2020, month = 5, day = 17})[k] end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. k; rawset(t, k, v) end,
})
os.time(proxy)
print(table.concat(log, ","))
print(proxy.year, proxy.month, proxy.day, proxy.hour, proxy.wday, proxy.yday)

-- errors
local function e(t) print(pcall(os.time, t)) end
e({year = 2000, month = 1})
e({year = 2000, day = 1})
e({month = 1, day = 1})
e({year = 2000.5, month = 1, day = 1})
e({year = 2000, month = "x", day = 1})
e({year = 2000, month = 1, day = 1, hour = {}})
e({year = 2000, month = 1, day = 1, sec = 1.5})
e({year = 2^31 + 1900, month = 1, day = 1})
e({year = -2^31 + 1899, month = 1, day = 1})
e({year = 2000, month = 1, day = 1, min = 2^31})
e({year = 2000, month = 1, day = 1, min = -2^31 - 1})
e({year = 2000, month = 2^31 + 1, day = 1})
e({year = 2000, month = 1, day = 2^31})
e({year = 2000, month = 1, day = 1, hour = math.maxinteger})
e({year = 2^31 + 1899, month = 12, day = 32})
e({year = -2^31 + 1900, month = 1, day = 1, hour = -48})
e(5)
e("x")
print(select("#", pcall(os.time, {year = 2^31 + 1899, month = 1, day = 1})))

-- difftime
print(os.difftime(5, 3), os.difftime(3, 5), os.difftime(5.0, 3), math.type(os.difftime(0, 0)))
print(os.difftime(math.maxinteger, 0), os.difftime(0, math.mininteger))
print(pcall(os.difftime, 5))
print(pcall(os.difftime))
print(pcall(os.difftime, 1.5, 1))
print(pcall(os.difftime, "10", "4"))
