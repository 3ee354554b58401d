-- an uncaught error ends the script: stdout so far, then the message
print("before")
local function fail() error("uncaught failure") end
fail()
print("never printed")
