local _ENV <const> = {x = 1}
return x
