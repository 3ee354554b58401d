-- tail calls pass all results through several levels
local function base(...) return ... end
local function l1(...) return base(...) end
local function l2(...) return l1(...) end
local function l3(...) return l2(...) end
print(l3(1, 2, 3))
print(select('#', l3()))
print(select('#', l3(nil, nil)))
local function tc_method(obj) return obj:get() end
print(tc_method({get = function() return "m1", "m2" end}))
local function tc_call(c) return c(5) end
print(tc_call(setmetatable({}, {__call = function(_, x) return x, x * 2 end})))
local function tc_builtin(...) return select('#', ...) end
print(tc_builtin(1, nil, nil))
local function tc_pcall() return pcall(error, "e", 0) end
print(tc_pcall())
