-- a state machine written with goto
local input = {"a", "b", "b", "a", "c", "a"}
local pos = 0
local trace = {}
::start::
pos = pos + 1
if pos > #input then goto finish end
if input[pos] == "a" then goto state_a end
if input[pos] == "b" then goto state_b end
trace[#trace + 1] = "other"
goto start
::state_a::
trace[#trace + 1] = "A"
goto start
::state_b::
trace[#trace + 1] = "B"
goto start
::finish::
print(table.concat(trace, " "))
