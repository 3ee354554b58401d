-- errors inside nested pcalls and rethrowing
local function level3() error("L3", 0) end
local function level2()
  local ok, e = pcall(level3)
  error("L2 saw " .. e, 0)
end
local function level1()
  local ok, e = pcall(level2)
  return "L1 got: " .. e
end
print(level1())
-- rethrow preserves the value
local ok, e = pcall(function()
  local ok2, e2 = pcall(error, {tag = "inner"})
  error(e2)
end)
print(ok, e.tag)
-- error after successful inner pcall
print(pcall(function()
  local r = {pcall(function() return "fine" end)}
  error("after " .. tostring(r[2]), 0)
end))
-- pcall inside a loop
local results = {}
for i = 1, 5 do
  local ok3, v = pcall(function() if i % 2 == 0 then error("even " .. i, 0) end return i end)
  results[#results + 1] = tostring(ok3) .. ":" .. v
end
print(table.concat(results, " "))
