-- Parse and compile throughput: times load() of a chunk's text and prints
-- "bytes best-seconds median-seconds". The text is the global SRC when the
-- host provides it (stackless-lua under bench/compile.mjs, with a clock()
-- host function), else the file arg[1] read with io.
local src = SRC
if not src then
  local f = assert(io.open(arg[1], "rb"))
  src = f:read("*a")
  f:close()
end
local clock = clock or os.clock
local RUNS = 5

assert(load(src, "=big")) -- warm up
local times = {}
for i = 1, RUNS do
  local t0 = clock()
  local f, err = load(src, "=big")
  times[i] = clock() - t0
  assert(f, err)
end
-- insertion sort (table.sort may be missing)
for i = 2, RUNS do
  local v, j = times[i], i - 1
  while j >= 1 and times[j] > v do times[j + 1] = times[j]; j = j - 1 end
  times[j + 1] = v
end
print(string.format("%d %.6f %.6f", #src, times[1], times[math.floor(RUNS / 2) + 1]))
