-- compile errors related to attributes
local function c(src) local f, e = load(src, "=c") print(f and "ok" or e) end
c("local x <const> = 1; x = 2")
c("local x <const> = 1; x, y = 2, 3")
c("local x <const> = 1; local function f() return function() x = 1 end end")
c("local x <const> = 1; for x = 1, 2 do x = 3 end")
c("local x <close> = nil; x = 1")
c("local x <const> = 1; local x = 2; x = 3")
c("local x <Const> = 1")
c("local x <> = 1")
c("local x < const > = 1")
c("local a <close>, b <const> = nil, 1")
c("local a <const>, b <close> = 1, nil")
c("local function f <const> () end")
