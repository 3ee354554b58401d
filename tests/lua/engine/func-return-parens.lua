-- parentheses truncate to one value; return f() passes all
local function three() return 1, 2, 3 end
local function zero() end
local function a() return three() end
local function b() return (three()) end
local function c() return zero() end
local function d() return (zero()) end
print(select('#', a()), select('#', b()), select('#', c()), select('#', d()))
print(a())
print(b())
print(d())
local function e() return three(), three() end
print(select('#', e()))
local function f(...) return ..., 1 end
print(select('#', f()))
print((three()))
local t = {(three())}
print(#t)
