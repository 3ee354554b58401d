// Package entry: the public API of stackless-lua.
export type { Chunk } from './frontend/ast.js';
export { chunkid, LuaSyntaxError, parse } from './frontend/index.js';
export { type ExitStatus, type Host, HostError, type HostFile, type ZoneInfo } from './host/host.js';
// Hosts: the default in-memory one (the Node host is src/host/node.ts, kept
// out of this entry so that it stays free of Node imports).
export { MemoryHost, type MemoryHostOptions } from './host/memory.js';
export { Lua, LuaError, type LuaOptions, LuaTableRef, type RunOptions } from './lua.js';
export { LuaExit } from './runtime/errors.js';
