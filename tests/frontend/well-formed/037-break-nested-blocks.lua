while true do
  do
    local x = 1
    if x then
      do break end
    end
  end
end
