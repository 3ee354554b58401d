return [[]], [[abc]], [==[a]]b]=]c]==], [=[
]=], [[
first newline skipped]], [[

kept]]
