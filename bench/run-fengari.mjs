// Runs a Lua file on fengari (Lua 5.3 in pure JavaScript), as the benchmark
// runner's "fengari" engine: node bench/run-fengari.mjs file.lua [args...]
// The arguments become the global table `arg` (arg[0] is the file); errors
// are printed with a traceback and exit with status 1, as lua.c does.
import fengari from 'fengari';

const { lua, lauxlib, lualib, to_luastring, to_jsstring } = fengari;
const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/run-fengari.mjs file.lua [args...]\n');
  process.exit(1);
}

const L = lauxlib.luaL_newstate();
lualib.luaL_openlibs(L);
lua.lua_createtable(L, args.length, 1);
[file, ...args].forEach((a, i) => {
  lua.lua_pushstring(L, to_luastring(a));
  lua.lua_rawseti(L, -2, i);
});
lua.lua_setglobal(L, to_luastring('arg'));

// Message handler: the error with a traceback.
lua.lua_pushcfunction(L, (L) => {
  const msg = lua.lua_tostring(L, 1) ?? to_luastring('(error object is not a string)');
  lauxlib.luaL_traceback(L, L, msg, 1);
  return 1;
});
const status = lauxlib.luaL_loadfile(L, to_luastring(file)) || lua.lua_pcall(L, 0, lua.LUA_MULTRET, 1);
if (status !== lua.LUA_OK) {
  process.stderr.write(`fengari: ${to_jsstring(lua.lua_tostring(L, -1))}\n`);
  process.exit(1);
}
