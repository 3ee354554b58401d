for i = 1, 2 do
  local x <close> = nil
  if i == 1 then goto cont end
  ::cont::
end
