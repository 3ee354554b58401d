-- integers beyond 2^53 keep exact values
local p = 2^53 | 0
print(p, p + 1, p + 2, p + 3, p * 2 + 1)
print(math.type(p + 1), (p + 1) - p, (p + 1) % 2)
local big = 1234567890123456789
print(big, big + 1, big * 7, big // 10, big % 10, -big)
print(big == big + 0.0, big + 0.0, big // 1.0)
local f = 1
for i = 1, 20 do f = f * i end
print(f, f // 19, f % 1000007)
print(f * 21, f * 21 * 22)
print(0x7fffffffffffffff - 1, 0x7ffffffffffffff0 + 15, 0x123456789abcdef0)
print(-0x7fffffffffffffff, -0x8000000000000000)
print(string.format("%d", p + 1), string.format("%d", math.mininteger))
print(tostring(p + 1), (p + 1) .. "")
print(9007199254740993, 9007199254740993 .. "")
