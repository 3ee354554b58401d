repeat
  local x = f()
  if x then goto cont end
  ::cont::
until true
