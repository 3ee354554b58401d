-- large generated chunks
local lines = {"local t = {}"}
for i = 1, 2000 do lines[#lines + 1] = "t[" .. i .. "] = " .. i .. " * 2" end
lines[#lines + 1] = "return #t, t[1], t[2000]"
print(load(table.concat(lines, "\n"))())
local expr = {}
for i = 1, 500 do expr[i] = tostring(i) end
print(load("return " .. table.concat(expr, " + "))())
local items = {}
for i = 1, 1000 do items[i] = '"' .. i .. '"' end
local t = load("return {" .. table.concat(items, ", ") .. "}")()
print(#t, t[1], t[1000])
local funcs = {}
for i = 1, 100 do funcs[i] = "local function f" .. i .. "() return " .. i .. " end" end
funcs[#funcs + 1] = "return f1() + f100()"
print(load(table.concat(funcs, "\n"))())
local err = {}
for i = 1, 50 do err[i] = "x" .. i .. " = " .. i end
err[#err + 1] = "error('at line ' .. 51)"
print(pcall(load(table.concat(err, "\n"), "=gen")))
