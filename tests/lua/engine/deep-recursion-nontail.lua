-- non-tail recursion 190000 deep
-- slow
local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end
print(f(190000))
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(190000))
local function build(n) if n == 0 then return {} end local t = build(n - 1) t[#t + 1] = n return t end
local t = build(100000)
print(#t, t[1], t[100000])
