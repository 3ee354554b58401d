local a = nil
local b, c = true, false
local d = 1
local e = 1.5
local f = "s"
local g = ...
