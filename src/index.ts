// Package entry: the public API of stackless-lua.
export type { Chunk } from './frontend/ast.js';
export { parse, LuaSyntaxError, chunkid } from './frontend/index.js';
export { Lua, LuaError, LuaTableRef, type LuaOptions, type RunOptions } from './lua.js';
