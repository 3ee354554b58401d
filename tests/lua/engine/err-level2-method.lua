-- error level 2 blames the caller's line
local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:withdraw(n)
  if n > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - n
end
local acc = Account.new(100)
acc:withdraw(30)
print(acc.balance)
print(pcall(function()
  acc:withdraw(
    500)
end))
local function check(v) if type(v) ~= "number" then error("expected number, got " .. type(v), 3) end end
local function api(v) check(v) return v end
print(pcall(function() return api("x") end))
