local function counter(n)
  return function() n = n + 1; return n end
end
