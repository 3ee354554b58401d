local s = "line one \z
           line two\z   

  end"
local t = "a\z"
return s, t
