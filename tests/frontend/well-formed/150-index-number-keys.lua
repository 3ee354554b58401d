local t = {}
local a = t[0]
local b = t[255]
local c = t[256]
local d = t[-1]
local e = t[1.5]
local f = t[true]
