// Compile-time errors of the front end, worded exactly as PUC Lua 5.4.4's
// `load` returns them (llex.c lexerror, lparser.c, ldebug.c luaG_addinfo).
//
// Invariants:
// - A LuaSyntaxError's `message` is the whole string `load` would return as its
//   second result: "chunkid:line: msg near token", or just "C stack overflow".
// - Every piece that PUC formats with "%s" is cut at its first NUL byte, as C's
//   string functions do (`cstr`).

/// LUA_IDSIZE: the size of the buffer luaO_chunkid writes into.
const LUA_IDSIZE = 60;

/// A compile-time error; `message` is exactly what lua5.4's `load` returns.
export class LuaSyntaxError extends Error {
  /// The line PUC reports (0 for errors that carry no position).
  readonly line: number;
  constructor(message: string, line = 0) {
    super(message);
    this.name = 'LuaSyntaxError';
    this.line = line;
  }
}

/// A string as C's "%s" prints it: up to the first NUL byte.
export function cstr(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

/// luaO_chunkid: the chunk name as messages show it ('=name' -> name,
/// '@file' -> file with '...' in front when too long, anything else ->
/// [string "first line..."]). `load` takes the name as a C string, so it ends
/// at its first NUL.
export function chunkid(chunkname: string): string {
  const source = cstr(chunkname);
  const srclen = source.length;
  if (source.charCodeAt(0) === 61 /* = */) {
    return srclen <= LUA_IDSIZE ? source.slice(1) : source.slice(1, LUA_IDSIZE);
  }
  if (source.charCodeAt(0) === 64 /* @ */) {
    return srclen <= LUA_IDSIZE ? source.slice(1) : '...' + source.slice(srclen - (LUA_IDSIZE - 3) + 1);
  }
  // Room left for the text: LUA_IDSIZE minus '[string "', '...', '"]' and NUL.
  const room = LUA_IDSIZE - 15;
  const nl = source.indexOf('\n');
  if (srclen < room && nl < 0) return '[string "' + source + '"]';
  const n = Math.min(nl >= 0 ? nl : srclen, room);
  return '[string "' + source.slice(0, n) + '..."]';
}

/// luaG_addinfo + lexerror: "chunkid:line: msg[ near token]".
export function syntaxMessage(chunkname: string, line: number, msg: string, near: string | null): string {
  const text = chunkid(chunkname) + ':' + line + ': ' + msg;
  return near === null ? text : text + ' near ' + near;
}

/// The error load returns when parsing nests deeper than LUAI_MAXCCALLS (a
/// run-time error raised by a C function, so it carries no position).
export function cstackOverflow(): LuaSyntaxError {
  return new LuaSyntaxError('C stack overflow');
}
