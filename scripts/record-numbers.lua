-- Records how lua5.4 reads numerals, for scripts/regen-numbers.mjs. The
-- argument is a directory holding
--   numerals.txt: one numeral per line, read as the chunk "return <numeral>";
--   strings.txt:  one string per line between '|' delimiters, read with
--                 tonumber (luaO_str2num: spaces and a sign allowed).
-- For each it writes X.expected, one line per input line:
--   "int <decimal>", "float <IEEE double, big-endian hex> <%.17g>", "nil"
--   (tonumber failed), or "error <message>" (load failed).
local dir = assert(arg[1], "usage: lua5.4 record-numbers.lua DIR")

local function describe(v)
  local t = math.type(v)
  if t == "integer" then return string.format("int %d", v) end
  if t == "float" then
    local hex = string.pack(">d", v):gsub(".", function(c) return string.format("%02x", c:byte()) end)
    return string.format("float %s %.17g", hex, v)
  end
  return "nil"
end

local function record(name, convert)
  local out = {}
  for line in io.lines(dir .. "/" .. name .. ".txt") do out[#out + 1] = convert(line) end
  local f = assert(io.open(dir .. "/" .. name .. ".expected", "wb"))
  f:write(table.concat(out, "\n"), "\n")
  f:close()
end

record("numerals", function(line)
  local fn, err = load("return " .. line, "=num")
  if not fn then return "error " .. err end
  return describe(fn())
end)

record("strings", function(line)
  return describe(tonumber(line:sub(2, -2)))
end)
