-- the state and control values of generic for
local function iter(state, control)
  if control < state.max then return control + 1, state.name end
end
for i, name in iter, {max = 3, name = "s"}, 0 do print(i, name) end
-- the control variable is the first returned value; others are copies
for a, b in function(_, c) c = (c or 0) + 1 if c <= 2 then return c, c * 100 end end do print(a, b) end
-- iterator with a nil first value ends the loop even if more values follow
local calls = 0
for x, y in function() calls = calls + 1 if calls == 1 then return 1, 2 end return nil, "more" end do print(x, y) end
print(calls)
-- false as the first value does not end the loop
local k = 0
for v in function() k = k + 1 if k == 1 then return false end end do print("got", v) end
