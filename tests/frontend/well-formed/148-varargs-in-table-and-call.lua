local function f(...)
  return {n = select("#", ...), ...}, g(...), g((...))
end
