-- global function definitions and redefinition
function gf(x) return "first " .. x end
print(gf(1))
function gf(x) return "second " .. x end
print(gf(2))
local saved = gf
gf = nil
print(saved(3), gf)
t = {}
function t.f() return "t.f" end
function t:m() return self == t end
print(t.f(), t:m())
local function localf() return "local" end
print(localf(), _ENV.localf)
