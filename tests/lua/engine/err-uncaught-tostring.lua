-- an uncaught error object with __tostring is shown through it
print("throwing")
error(setmetatable({}, {__tostring = function() return "custom error object" end}))
