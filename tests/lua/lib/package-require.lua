-- require, package.searchers, package.searchpath, package.preload/loaded.
package.path = "./?.lua;./?/init.lua;./fixtures/?.lua"
package.cpath = "./fixtures/?.so.none;./?.so.none"

-- a Lua module: loader data (the file name) as second argument and result
local a, file = require("fixtures.mod_a")
print(a.value, a.name, a.file, file)
print(require("fixtures.mod_a") == a, select("#", require("fixtures.mod_a")))
print(package.loaded["fixtures.mod_a"] == a)

-- found through the third template (./fixtures/?.lua), and through ?/init.lua
print(require("mod_nil"), package.loaded.mod_nil)
print(select(2, require("fixtures.mod_nil")))
local pkg, pfile = require("fixtures.pkg")
print(pkg.init, pkg.name, pkg.file, pfile)
print(require("fixtures.pkg.sub"))

-- false is recorded, so the module loads again
print(require("fixtures.mod_false"))
print(require("fixtures.mod_false"))
print(package.loaded["fixtures.mod_false"])

-- a module may set its own package.loaded entry
print(require("fixtures.mod_sets"))

-- nested require
print(require("fixtures.mod_nested").inner)

-- errors while loading and running
print(pcall(require, "fixtures.mod_error"))
print(package.loaded["fixtures.mod_error"])
print(pcall(require, "fixtures.mod_syntax"))
print(pcall(require, "no.such.module"))
print(pcall(require, "nosuch"))
print(pcall(require))
print(pcall(require, {}))

-- preload
package.preload["virtual"] = function(...) print("preload loader", ...) return "virtual value" end
print(require("virtual"))
print(require("virtual"))
package.preload["virtual2"] = function() end
print(require("virtual2"))

-- custom searchers
table.insert(package.searchers, 2, function(name)
  if name == "custom" then return function(n, extra) return "custom:" .. n .. ":" .. tostring(extra) end, "EXTRA" end
  return "\n\tcustom searcher: nothing for " .. name
end)
print(require("custom"))
print(pcall(require, "nothing-here"))
table.insert(package.searchers, 1, function(name) return 42 end)
table.insert(package.searchers, 1, function(name) return nil end)
table.insert(package.searchers, 1, function(name) return {} end)
print(pcall(require, "nothing-again"))
local saved = package.searchers
package.searchers = nil
print(pcall(require, "x"))
package.searchers = saved
for i = 1, 4 do table.remove(package.searchers, 1) end

-- package.path must be a string
local savedpath = package.path
package.path = 42
print(pcall(require, "numeric-path"))
package.path = {}
print(pcall(require, "table-path"))
package.path = savedpath

-- the C searchers find files (but cannot load them) through cpath
package.cpath = "./fixtures/?.so"
local ok, msg = pcall(require, "cmod")
print(ok, msg:match("^error loading module 'cmod' from file './fixtures/cmod.so':\n\t") ~= nil)
ok, msg = pcall(require, "cmod.sub")
print(ok, msg:match("^error loading module 'cmod.sub' from file './fixtures/cmod.so':\n\t") ~= nil)
package.cpath = "./?.so.none"

-- searchpath
print(package.searchpath("fixtures.mod_a", package.path))
print(package.searchpath("fixtures.mod_a", "./?.x;?.y"))
print(package.searchpath("fixtures_mod_a", "./?.lua", "_"))
print(package.searchpath("fixtures/mod_a", "./?.lua", "/", "/"))
print(package.searchpath("a.b.c", "?;?.lua", ".", "::"))
print(package.searchpath("a.b", "x?y?z", ""))
print(package.searchpath("m", ""))
print(package.searchpath("m", ";;"))
print(pcall(package.searchpath, "m"))

-- loadlib cannot load anything here
local r1, r2, r3 = package.loadlib("./fixtures/cmod.so", "luaopen_cmod")
print(r1, type(r2), type(r3))
print(pcall(package.loadlib, "x"))

-- the package table
print(package.config)
print(type(package.path), type(package.cpath), type(package.preload), type(package.searchers), #package.searchers)
print(package.loaded._G == _G, package.loaded.string == string, package.loaded.io == io, package.loaded.os == os,
      package.loaded.package == package, package.loaded.table == table, package.loaded.math == math,
      package.loaded.coroutine == coroutine)
