-- deeply nested conditionals and elseif chains
local function grade(n)
  if n >= 90 then return "A"
  elseif n >= 80 then return "B"
  elseif n >= 70 then return "C"
  elseif n >= 60 then return "D"
  else return "F" end
end
local out = {}
for _, s in ipairs({95, 85, 75, 65, 55, 90, 60, 0}) do out[#out + 1] = grade(s) end
print(table.concat(out))
local function fizz(i)
  if i % 15 == 0 then return "FizzBuzz" else
    if i % 3 == 0 then return "Fizz" else
      if i % 5 == 0 then return "Buzz" else return tostring(i) end
    end
  end
end
out = {}
for i = 1, 20 do out[i] = fizz(i) end
print(table.concat(out, " "))
if true then elseif error("never") then end
if false then else print("else branch") end
