-- and/or return operands and short-circuit
local log = {}
local function v(x, tag) log[#log + 1] = tag return x end
print(v(nil, "a") and v(1, "b"), table.concat(log, ","))
log = {}
print(v(1, "a") and v(2, "b"), table.concat(log, ","))
log = {}
print(v(false, "a") or v("x", "b"), table.concat(log, ","))
log = {}
print(v(0, "a") or v("x", "b"), table.concat(log, ","))
print(nil and nil, false and nil, nil and false, nil or false, false or nil)
print(1 and 2 or 3, nil and 2 or 3, 1 and false or 3, 1 and nil or false)
local x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
print((nil or {}).field, (false and error("never")) or "safe")
local function multi() return 1, 2 end
print(multi() and multi())
print(nil or multi())
local t = {}
t.count = (t.count or 0) + 1
print(t.count)
