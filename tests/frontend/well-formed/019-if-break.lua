while x do
  if y then break end
  if z then break; end
  if w then break else x = 1 end
end
