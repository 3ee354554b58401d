local function f() goto l; ::l:: end
local function g() goto l; ::l:: end
::l::
