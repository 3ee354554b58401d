-- xpcall passes extra arguments to the function
print(xpcall(function(...) return select('#', ...), ... end, print, 1, nil, 3))
print(xpcall(select, print, '#', "a", "b"))
print(xpcall(error, function(m) return "H:" .. tostring(m) end, "msg", 0))
print(xpcall(error, function(m) return "H:" .. tostring(m) end))
-- nested xpcall handlers each handle their own level
print(xpcall(function()
  local ok, e = xpcall(function() error("inner", 0) end, function(m) return "inner handler: " .. m end)
  error(e .. " | rethrown", 0)
end, function(m) return "outer handler: " .. m end))
