local x = a
do
  local _ENV = {}
  y = b
end
z = c
