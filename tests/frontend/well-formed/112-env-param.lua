local function sandbox(_ENV)
  return a + b
end
