// Package entry: the public API of stackless-lua.
export type { Chunk } from './frontend/ast.js';
