-- to-be-closed variables in nested function calls during an error unwind
local log = {}
local function C(n) return setmetatable({}, {__close = function(_, e) log[#log + 1] = n .. "(" .. tostring(e) .. ")" end}) end
local function level3() local c <close> = C("c3") error("E", 0) end
local function level2() local c <close> = C("c2") level3() end
local function level1() local c <close> = C("c1") level2() end
print(pcall(level1))
print(table.concat(log, " "))
-- pcall in the middle stops the unwind
log = {}
local function mid() local m <close> = C("m") local ok, e = pcall(level3) log[#log + 1] = "caught " .. e return "mid done" end
local function top() local t <close> = C("t") return mid() end
print(top())
print(table.concat(log, " "))
