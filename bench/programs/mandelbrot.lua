-- mandelbrot: the Computer Language Benchmarks Game mandelbrot (float
-- arithmetic in tight loops). Instead of writing the bitmap it prints a
-- checksum of its bytes. Size: width and height in pixels (arg[1]).
local N = 1400
if arg and arg[1] then N = tonumber(arg[1]) end

local width, height = N, N
local iter = 50
local limit2 = 4.0
local check, count = 0, 0

for y = 0, height - 1 do
  local Ci = 2 * y / height - 1
  local byte, bits = 0, 0
  for x = 0, width - 1 do
    local Cr = 2 * x / width - 1.5
    local Zr, Zi, Zrq, Ziq = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for _ = 1, iter do
      Zi = 2 * Zr * Zi + Ci
      Zr = Zrq - Ziq + Cr
      Zrq = Zr * Zr
      Ziq = Zi * Zi
      if Zrq + Ziq > limit2 then escaped = true; break end
    end
    byte = byte * 2
    if not escaped then byte = byte + 1; count = count + 1 end
    bits = bits + 1
    if bits == 8 or x == width - 1 then
      while bits < 8 do byte = byte * 2; bits = bits + 1 end
      check = (check * 31 + byte) % 1000003
      byte, bits = 0, 0
    end
  end
end
print(string.format("mandelbrot %dx%d: %d %d", width, height, count, check))
