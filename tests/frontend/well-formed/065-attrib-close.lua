do
  local x <close> = nil
  local y <close> = setmetatable({}, {__close = print})
end
