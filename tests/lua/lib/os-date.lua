-- os.date: every conversion lua5.4 accepts, in UTC ('!') at fixed times, so
-- the output does not depend on the clock or the time zone.
local convs = {"a","A","b","B","c","C","d","D","e","F","g","G","h","H","I","j",
  "m","M","n","p","r","R","S","t","T","u","U","V","w","W","x","X","y","Y","z",
  "Z","%","Ec","EC","Ex","EX","Ey","EY","Od","Oe","OH","OI","Om","OM","OS",
  "Ou","OU","OV","Ow","OW","Oy"}
local times = {0, 86399, 951782400, 1000000000, -1000000000, 1234567890,
  1709251199, 1709251200, 1704067200, 1735603200, 1735689600, 1230681600,
  1262217600, -62000000000, -62135596800, -62167219200, -62198755200,
  -100000000000, 253402300799, 253402300800, 1000000000000,
  1000000000000000, -1000000000000000, 67767976233316800, -67768040609740800}
for _, t in ipairs(times) do
  local parts = {}
  for _, c in ipairs(convs) do parts[#parts + 1] = c .. "=" .. os.date("!%" .. c, t) end
  print(t, table.concat(parts, "|"))
end

-- ISO weeks around the turn of several years
for y = 2000, 2030 do
  for _, md in ipairs{{12, 28}, {12, 29}, {12, 31}, {1, 1}, {1, 3}, {1, 4}} do
    local t = os.time{year = y, month = md[1], day = md[2], hour = 12}
    t = t - t % 86400 + 43200   -- noon UTC of that civil day, whatever the zone
    io.write(os.date("!%F %a %G-W%V-%u %g %U %W|", t))
  end
  print()
end

-- years with few digits, negative years, centuries
for _, y in ipairs{500, 50, 5, 0, -5, -50, -500, -99, -100, -101, 99, 100, 101, 999, 1000} do
  local t = (y - 1970) * 31556952   -- roughly within year y
  print(y, os.date("!%C|%Y|%G|%g|%y|%F|%c|%D", t))
end

-- text around conversions, embedded zeros, long formats
print(os.date("![%Y] %% [%H:%M] %%%% done", 3600))
print(#os.date("!%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c", 0))
print(os.date("!a\0b%Y", 0) == "a\0b1970")
print(os.date("!", 0) == "", os.date("", 0) == "")
print(os.date("!%Y", 1e9), os.date("!%Y", "86400"))

-- *t and !*t
local t = os.date("!*t", 1234567890)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t = os.date("*t", 1234567890)
print(math.type(t.year), math.type(t.yday), type(t.isdst))
t = os.date("!*t", -1)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday)
t = os.date("!*t", 951782400 + 86400)   -- leap day
print(t.month, t.day, t.yday)

-- types of the current date
print(type(os.date()), type(os.date("%c")), type(os.date("*t")))

-- errors
for _, f in ipairs{"%Ez", "%", "%E", "%O", "%Oz", "%Ec%", "%5d", "%s", "%q x", "abc%", "%Exyz", "%#c", "%-d", "%+"} do
  print(f, pcall(os.date, "!" .. f, 0))
end
print(pcall(os.date, "%c", 1.5))
print(pcall(os.date, "%c", "x"))
print(pcall(os.date, {}))
print(pcall(os.date, "!%Y", 67767976233316800 + 1))
print(pcall(os.date, "!%Y", 67768036191676800))
print(pcall(os.date, "!%Y", -67768040609740801))
print(pcall(os.date, "!*t", 1 << 62))
print(pcall(os.date, "!*t", math.mininteger))
