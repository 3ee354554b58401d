-- if / elseif / else and truthiness
local function classify(x)
  if x == nil then return "nil"
  elseif x == false then return "false"
  elseif type(x) == "number" and x < 0 then return "negative"
  elseif type(x) == "number" then
    if x == 0 then return "zero" else return "positive" end
  else
    return "other"
  end
end
for _, v in ipairs({-1, 0, 1, "s"}) do print(v, classify(v)) end
print(classify(nil), classify(false))
for _, v in ipairs({0, "", "false", 0.0, -0.0}) do
  if v then print("truthy", v) else print("falsy", v) end
end
if nil then print("no") elseif false then print("no") end
print(1 and 2, nil and 2, false and nil, 1 or 2, nil or 2, false or false, nil or nil)
print(not 0, not "", not not nil, 1 and nil or "d", false ~= nil)
local calls = 0
local function side(v) calls = calls + 1 return v end
local _ = side(false) and side(1)
local _ = side(1) or side(2)
print(calls)
