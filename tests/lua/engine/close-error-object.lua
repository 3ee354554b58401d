-- the second argument to __close is the error object, nil on normal exit
local got = {}
local function show(e) if type(e) == "table" then return e[1] end return tostring(e) end
local function C(tag) return setmetatable({}, {__close = function(_, e) got[#got + 1] = tag .. ":" .. type(e) .. ":" .. show(e) end}) end
pcall(function() local a <close> = C("str") error("msg", 0) end)
pcall(function() local a <close> = C("num") error(42) end)
pcall(function() local a <close> = C("tbl") error({"tv"}) end)
pcall(function() local a <close> = C("nil") error() end)
pcall(function() local a <close> = C("false") error(false) end)
pcall(function() local a <close> = C("rt") local x = nil; return x.y end)
pcall(function() local a <close> = C("ok") end)
for _, g in ipairs(got) do print(g) end
print(pcall(function() local a <close> = C("rethrow") error(nil) end))
