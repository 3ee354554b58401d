do
  goto b
  local x
  ::a:: ::b:: ;
end
