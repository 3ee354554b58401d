local t = {a = {b = {c = {}}}, {1, {2, {3}}}, x = function() return {} end}
