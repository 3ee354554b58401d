-- a full proxy object forwarding every operation
local function proxy(target, log)
  local mt = {}
  local function L(s) log[#log + 1] = s end
  mt.__index = function(_, k) L("get " .. tostring(k)) return target[k] end
  mt.__newindex = function(_, k, v) L("set " .. tostring(k)) target[k] = v end
  mt.__len = function() L("len") return #target end
  mt.__call = function(_, ...) L("call") return target(...) end
  mt.__pairs = function() L("pairs") return next, target, nil end
  mt.__tostring = function() L("tostring") return "proxy" end
  mt.__concat = function(a, b) L("concat") return "concat" end
  return setmetatable({}, mt)
end
local log = {}
local p = proxy(setmetatable({1, 2, 3, x = "X"}, {__call = function(_, a) return "target called " .. a end}), log)
print(p.x, p[2], #p, p("arg"), tostring(p), p .. "s")
p.y = "Y"
local keys = 0
for k, v in pairs(p) do keys = keys + 1 end
print(keys)
print(table.concat(log, ", "))
