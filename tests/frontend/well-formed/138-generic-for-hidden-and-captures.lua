for k, v in pairs(t) do
  local function f() return k end
  v = f
end
