-- pcall inside coroutines around yields and errors
local co = coroutine.create(function()
  local results = {}
  for i = 1, 3 do
    local ok, v = pcall(function()
      local got = coroutine.yield(i)
      if got == "bad" then error("bad value at " .. i, 0) end
      return got
    end)
    results[#results + 1] = tostring(ok) .. ":" .. tostring(v)
  end
  return table.concat(results, " ")
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "good"))
print(coroutine.resume(co, "bad"))
print(coroutine.resume(co, "fine"))
