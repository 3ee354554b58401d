// The front end's public interface: Lua 5.4 source in, resolved AST out.
//
// Invariant: `parse` either returns a fully resolved Chunk (see ast.ts) or
// throws a LuaSyntaxError whose message is exactly what lua5.4's `load`
// returns for the same source and chunk name.

import type { Chunk } from './ast.js';
import { bytesToString, sourceBytes, utf8ToBytes } from './bytes.js';
import { cstr } from './errors.js';
import { type ParseOptions, parseChunk } from './parser.js';

export { chunkid, LuaSyntaxError } from './errors.js';
export { str2number } from './lexer.js';
export type { ParseOptions } from './parser.js';
export { bytesToString, utf8ToBytes };

/// Parse and resolve a chunk. A JS string is UTF-8 encoded first; a
/// Uint8Array is read byte for byte. The chunk name is a byte string; it
/// defaults to the source itself, as `load` does for a string chunk, and like
/// `load` (which takes it as a C string) it ends at its first NUL.
export function parse(source: string | Uint8Array, chunkname?: string, options?: ParseOptions): Chunk {
  const src = sourceBytes(source);
  return parseChunk(src, cstr(chunkname ?? src), options);
}

/// What loadfile, dofile and the command line do to a file's text: drop a
/// UTF-8 byte-order mark, and a first line starting with '#', keeping its
/// newline so that line numbers stay right (lauxlib.c skipcomment).
export function stripFirstLineComment(bytes: string): string;
export function stripFirstLineComment(bytes: Uint8Array): Uint8Array;
export function stripFirstLineComment(bytes: string | Uint8Array): string | Uint8Array {
  const at = (i: number) => (typeof bytes === 'string' ? bytes.charCodeAt(i) : bytes[i]);
  let start = 0;
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) start = 3;
  if (at(start) === 35 /* # */) {
    let nl = start;
    while (nl < bytes.length && at(nl) !== 10) nl++;
    // Keep the '\n' (or supply one at the end of the text, as lauxlib does).
    if (typeof bytes === 'string') return '\n' + bytes.slice(nl + 1);
    const out = new Uint8Array(1 + Math.max(0, bytes.length - nl - 1));
    out[0] = 10;
    out.set(bytes.subarray(nl + 1), 1);
    return out;
  }
  return start === 0 ? bytes : bytes.slice(start);
}
