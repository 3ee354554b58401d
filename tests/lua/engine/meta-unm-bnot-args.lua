-- unary metamethods receive the operand twice
local got
local mt = {
  __unm = function(...) got = {select('#', ...), rawequal(select(1, ...), select(2, ...))} return "unm" end,
  __bnot = function(...) got = {select('#', ...), rawequal(select(1, ...), select(2, ...))} return "bnot" end,
  __len = function(...) got = {select('#', ...), rawequal(select(1, ...), select(2, ...))} return "len" end,
}
local t = setmetatable({}, mt)
print(-t, got[1], got[2])
print(~t, got[1], got[2])
print(#t, got[1], got[2])
