-- do blocks create scopes
local a = 1
do
  local a = 2
  do
    local a = 3
    print(a)
  end
  print(a)
end
print(a)
do local b = 10 end
print(b)
local fns = {}
do
  local shared = 0
  fns.inc = function() shared = shared + 1 return shared end
  fns.get = function() return shared end
end
fns.inc() fns.inc()
print(fns.get())
;;; do ; end ; print("semicolons ok") ;
local x = 1; local y = 2; print(x + y);
