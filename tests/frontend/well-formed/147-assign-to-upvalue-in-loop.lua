local count = 0
for i = 1, 10 do
  local function inc() count = count + i end
  inc()
end
return count
