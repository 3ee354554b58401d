-- Records what lua5.4's `load` returns, for scripts/regen-syntax-errors.mjs.
-- Each argument is a case path without extension: reads BASE.lua (exact
-- bytes) and BASE.chunkname (exact bytes; "=input" when absent) and writes
-- BASE.expected: the error message and a newline, or "OK" and a newline when
-- the chunk compiles.
-- `load` runs from this main chunk, like the front end's default cLevel (2),
-- so nesting limits are reached at the same depth. The CLI's message handler
-- appends a traceback to "C stack overflow" (a run-time error raised inside
-- `load`); only the message is kept.
local function readfile(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

for i = 1, #arg do
  local base = arg[i]
  local src = assert(readfile(base .. ".lua"))
  local name = readfile(base .. ".chunkname") or "=input"
  local fn, err = load(src, name)
  local out = "OK"
  if not fn then
    out = err
    if out:find("^C stack overflow") then out = out:gsub("\nstack traceback:.*", "") end
  end
  local f = assert(io.open(base .. ".expected", "wb"))
  f:write(out, "\n")
  f:close()
end
