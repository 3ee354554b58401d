local i = 0
while i < 5 do
  i = i + 1
  if i % 2 == 0 then goto cont end
  local y = i
  ::cont::
end
