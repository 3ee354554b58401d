// The lexical analyser (PUC's llex.c): turns a byte string into tokens, one at
// a time, on demand from the parser.
//
// Invariants:
// - The source is a byte string (char codes 0-255). Character classes are
//   PUC's lctype in the C locale: letters are ASCII A-Z a-z and '_', so bytes
//   >= 0x80 are single-character tokens, never parts of names.
// - The hot path works on char codes: no regular expressions and no string
//   allocation per character. Names and string literals without escapes are
//   one `slice` of the source.
// - `linenumber` behaves as PUC's `ls->linenumber`: the line the scanner has
//   reached, i.e. the last line of the current token (or of the look-ahead
//   token once one has been read). Error messages use it. `tokLine`/`tokCol`
//   are where the current token starts.
// - Every newline sequence ("\n", "\r", "\n\r", "\r\n") counts as one line and
//   reads as "\n" inside long strings.
// - A lexer is a plain object: no state outside it, so `load` can be
//   re-entered while another chunk is being read.

import { cstr, LuaSyntaxError, syntaxMessage } from './errors.js';

/// Token kinds. Single-byte tokens are their own char code (0-255); the rest
/// follow luaX_tokens' order (ORDER RESERVED), so `TOKEN_TEXT[t - T.And]` is
/// their text.
// biome-ignore lint/suspicious/noConstEnum: token kinds cost nothing at run time (STYLE.md)
export const enum T {
  And = 256,
  Break,
  Do,
  Else,
  Elseif,
  End,
  False,
  For,
  Function,
  Goto,
  If,
  In,
  Local,
  Nil,
  Not,
  Or,
  Repeat,
  Return,
  Then,
  True,
  Until,
  While,
  // other terminal symbols
  IDiv,
  Concat,
  Dots,
  Eq,
  Ge,
  Le,
  Ne,
  Shl,
  Shr,
  DbColon,
  Eos,
  Flt,
  Int,
  Name,
  String,
}

/// luaX_tokens: text of the reserved words and multi-byte tokens, from T.And on.
// biome-ignore format: a compact table reads better
const TOKEN_TEXT = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'goto', 'if', 'in', 'local',
  'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
  '//', '..', '...', '==', '>=', '<=', '~=', '<<', '>>', '::', '<eof>',
  '<number>', '<integer>', '<name>', '<string>',
];

/// The reserved word at src[start, start+len), or T.Name. Dispatching on
/// the length and first letter avoids hashing every identifier.
function keyword(src: string, start: number, len: number): number {
  if (len < 2 || len > 8) return T.Name;
  let kw: number;
  // biome-ignore format: a compact table reads better
  switch (src.charCodeAt(start)) {
    case 97: kw = T.And; break; // 'a'
    case 98: kw = T.Break; break; // 'b'
    case 100: kw = T.Do; break; // 'd'
    case 101: kw = len === 3 ? T.End : len === 4 ? T.Else : T.Elseif; break; // 'e'
    case 102: kw = len === 3 ? T.For : len === 5 ? T.False : T.Function; break; // 'f'
    case 103: kw = T.Goto; break; // 'g'
    case 105: kw = len === 2 && src.charCodeAt(start + 1) === 110 ? T.In : T.If; break; // 'i'
    case 108: kw = T.Local; break; // 'l'
    case 110: kw = src.charCodeAt(start + 1) === 105 ? T.Nil : T.Not; break; // 'n'
    case 111: kw = T.Or; break; // 'o'
    case 114: kw = src.charCodeAt(start + 2) === 112 ? T.Repeat : T.Return; break; // 'r'
    case 116: kw = src.charCodeAt(start + 1) === 104 ? T.Then : T.True; break; // 't'
    case 117: kw = T.Until; break; // 'u'
    case 119: kw = T.While; break; // 'w'
    default: return T.Name;
  }
  const word = TOKEN_TEXT[kw - T.And];
  return word.length === len && src.startsWith(word, start) ? kw : T.Name;
}

// Character classes (lctype.c, C locale), as bit flags in a 256-entry table.
const C_ALPHA = 1; // A-Z a-z _
const C_DIGIT = 2;
const C_XDIGIT = 4;
const C_SPACE = 8; // ' ' \t \n \v \f \r
const C_PRINT = 16; // 0x20-0x7e

const CTYPE: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    let f = 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) f |= C_ALPHA;
    if (c >= 48 && c <= 57) f |= C_DIGIT | C_XDIGIT;
    if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) f |= C_XDIGIT;
    if (c === 32 || (c >= 9 && c <= 13)) f |= C_SPACE;
    if (c >= 32 && c <= 126) f |= C_PRINT;
    t[c] = f;
  }
  return t;
})();

/// Does char code `c` (possibly NaN past the end of the source) have class `f`?
function is(c: number, f: number): boolean {
  return c < 256 && (CTYPE[c] & f) !== 0;
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : (c | 32) - 87;
}

/// luaX_token2str: how messages name a token kind ('x', '<\1>', 'end', <eof>).
export function token2str(token: number): string {
  if (token < T.And) {
    return is(token, C_PRINT) ? "'" + String.fromCharCode(token) + "'" : "'<\\" + token + ">'";
  }
  const s = TOKEN_TEXT[token - T.And];
  return token < T.Eos ? "'" + s + "'" : s;
}

/// Saved token fields, for the one-token look-ahead.
interface TokenState {
  token: number;
  tokLine: number;
  tokCol: number;
  tokStart: number;
  tokEnd: number;
  sval: string;
  nval: number;
  ival: bigint;
}

/// Largest numeral length whose decimal value is surely below 2^53.
const SAFE_DECIMAL_DIGITS = 15;

/// The bigints of small integer literals, made once (each BigInt() call
/// allocates, and these are the literals programs are full of).
const SMALL_INTS: readonly bigint[] = Array.from({ length: 1024 }, (_, i) => BigInt(i));

export class Lexer {
  readonly src: string;
  readonly chunkname: string;
  private readonly len: number;
  /// Position of the next char to read.
  private pos = 0;
  /// Where the escape sequence readEscape just read ends.
  private escapeEnd = 0;
  /// Position where the current line starts (for columns).
  private lineStart = 0;
  /// PUC's ls->linenumber.
  linenumber = 1;
  /// PUC's ls->lastline: line of the last token consumed.
  lastline = 1;

  // The current token.
  token = 0;
  tokLine = 1;
  tokCol = 1;
  tokStart = 0;
  tokEnd = 0;
  /// Name or string value (a byte string).
  sval = '';
  /// Float value of a T.Flt token.
  nval = 0;
  /// Integer value of a T.Int token.
  ival = 0n;

  /// The look-ahead token; `ahead.token === T.Eos` means none (as in PUC).
  private readonly ahead: TokenState;
  private readonly saved: TokenState;

  constructor(src: string, chunkname: string) {
    this.src = src;
    this.chunkname = chunkname;
    this.len = src.length;
    this.ahead = { token: T.Eos, tokLine: 0, tokCol: 0, tokStart: 0, tokEnd: 0, sval: '', nval: 0, ival: 0n };
    this.saved = { token: T.Eos, tokLine: 0, tokCol: 0, tokStart: 0, tokEnd: 0, sval: '', nval: 0, ival: 0n };
  }

  // ------------------------------------------------------------ interface

  /// luaX_next: read the next token into the current-token fields.
  next(): void {
    this.lastline = this.linenumber;
    if (this.ahead.token !== T.Eos) {
      this.restore(this.ahead);
      this.ahead.token = T.Eos;
    } else {
      this.scan();
    }
  }

  /// luaX_lookahead: the kind of the token after the current one.
  lookahead(): number {
    this.store(this.saved);
    this.scan();
    this.store(this.ahead);
    this.restore(this.saved);
    return this.ahead.token;
  }

  /// luaX_syntaxerror: an error at the current line, near the current token.
  syntaxError(msg: string): LuaSyntaxError {
    // lexerror adds "near" only for a non-zero token: never for a NUL byte.
    return this.errorNear(msg, this.token === 0 ? null : this.tokenText());
  }

  /// luaK_semerror: an error at the current line with no "near" part.
  semError(msg: string): LuaSyntaxError {
    return this.errorNear(msg, null);
  }

  private errorNear(msg: string, near: string | null): LuaSyntaxError {
    return new LuaSyntaxError(syntaxMessage(this.chunkname, this.linenumber, msg, near), this.linenumber);
  }

  /// txtToken: the current token as "near" shows it. Names, strings and
  /// numerals show their text as PUC's token buffer holds it.
  tokenText(): string {
    switch (this.token) {
      case T.Name:
        return "'" + this.sval + "'";
      case T.String:
        return "'" + cstr(this.stringImage()) + "'";
      case T.Int:
      case T.Flt:
        return "'" + this.src.slice(this.tokStart, this.tokEnd) + "'";
      default:
        return token2str(this.token);
    }
  }

  /// The buffer PUC holds for a string token: delimiters around the value.
  private stringImage(): string {
    const open = this.src.charCodeAt(this.tokStart);
    if (open !== 91 /* [ */) return String.fromCharCode(open) + this.sval + String.fromCharCode(open);
    let eqs = '';
    for (let p = this.tokStart + 1; this.src.charCodeAt(p) === 61 /* = */; p++) eqs += '=';
    return '[' + eqs + '[' + this.sval + ']' + eqs + ']';
  }

  private store(s: TokenState): void {
    s.token = this.token;
    s.tokLine = this.tokLine;
    s.tokCol = this.tokCol;
    s.tokStart = this.tokStart;
    s.tokEnd = this.tokEnd;
    s.sval = this.sval;
    s.nval = this.nval;
    s.ival = this.ival;
  }

  private restore(s: TokenState): void {
    this.token = s.token;
    this.tokLine = s.tokLine;
    this.tokCol = s.tokCol;
    this.tokStart = s.tokStart;
    this.tokEnd = s.tokEnd;
    this.sval = s.sval;
    this.nval = s.nval;
    this.ival = s.ival;
  }

  // ------------------------------------------------------------- scanning

  /// inclinenumber: skip one newline sequence at `pos` and count the line.
  private newline(pos: number): number {
    const c = this.src.charCodeAt(pos++);
    const d = this.src.charCodeAt(pos);
    if ((d === 10 || d === 13) && d !== c) pos++; // "\n\r" or "\r\n"
    this.linenumber++;
    this.lineStart = pos;
    return pos;
  }

  /// llex: scan one token into the current-token fields.
  private scan(): number {
    const src = this.src;
    const len = this.len;
    let pos = this.pos;
    for (;;) {
      if (pos >= len) {
        this.begin(pos);
        return this.finish(T.Eos, pos);
      }
      const c = src.charCodeAt(pos);
      switch (c) {
        case 10: // '\n'
        case 13: // '\r'
          pos = this.newline(pos);
          continue;
        case 32: // ' '
        case 9: // '\t'
        case 11: // '\v'
        case 12: // '\f'
          pos++;
          continue;
        case 45: // '-'
          if (src.charCodeAt(pos + 1) !== 45) return this.single(c, pos);
          pos = this.skipComment(pos + 2);
          continue;
      }
      this.begin(pos);
      if (is(c, C_ALPHA)) return this.readName(pos);
      switch (c) {
        case 91: // '['
          return this.readBracket(pos);
        case 61: // '='
          return this.oneOrTwo(pos, 61, T.Eq, c);
        case 60: // '<'
          return src.charCodeAt(pos + 1) === 60
            ? this.finish(T.Shl, pos + 2)
            : this.oneOrTwo(pos, 61, T.Le, c);
        case 62: // '>'
          return src.charCodeAt(pos + 1) === 62
            ? this.finish(T.Shr, pos + 2)
            : this.oneOrTwo(pos, 61, T.Ge, c);
        case 47: // '/'
          return this.oneOrTwo(pos, 47, T.IDiv, c);
        case 126: // '~'
          return this.oneOrTwo(pos, 61, T.Ne, c);
        case 58: // ':'
          return this.oneOrTwo(pos, 58, T.DbColon, c);
        case 34: // '"'
        case 39: // '\''
          return this.readString(pos, c);
        case 46: // '.'
          if (src.charCodeAt(pos + 1) === 46) {
            return src.charCodeAt(pos + 2) === 46
              ? this.finish(T.Dots, pos + 3)
              : this.finish(T.Concat, pos + 2);
          }
          if (!is(src.charCodeAt(pos + 1), C_DIGIT)) return this.finish(c, pos + 1);
          return this.readNumeral(pos, pos + 1);
        default:
          if (c >= 48 && c <= 57) return this.readNumeral(pos, pos); // '0'-'9'
          return this.finish(c, pos + 1); // single-char token
      }
    }
  }

  /// Record where the current token starts.
  private begin(pos: number): void {
    this.tokStart = pos;
    this.tokLine = this.linenumber;
    this.tokCol = pos - this.lineStart + 1;
  }

  /// Set the current token, ending before `end`; returns it.
  private finish(token: number, end: number): number {
    this.token = token;
    this.tokEnd = end;
    this.pos = end;
    return token;
  }

  private single(c: number, pos: number): number {
    this.begin(pos);
    return this.finish(c, pos + 1);
  }

  /// A token that is `c` alone or `two` when followed by `second`.
  private oneOrTwo(pos: number, second: number, two: number, c: number): number {
    return this.src.charCodeAt(pos + 1) === second ? this.finish(two, pos + 2) : this.finish(c, pos + 1);
  }

  private readName(pos: number): number {
    const src = this.src;
    const start = pos;
    let c: number;
    do c = src.charCodeAt(++pos);
    while (c < 128 && (CTYPE[c] & (C_ALPHA | C_DIGIT)) !== 0);
    const kw = keyword(src, start, pos - start);
    if (kw === T.Name) this.sval = src.slice(start, pos);
    return this.finish(kw, pos);
  }

  /// After '--': a long comment or a comment to the end of the line.
  private skipComment(pos: number): number {
    const src = this.src;
    if (src.charCodeAt(pos) === 91 /* [ */) {
      const level = this.longBracketLevel(pos);
      if (level >= 0) return this.readLongString(pos, level, false);
    }
    for (let c = src.charCodeAt(pos); pos < this.len && c !== 10 && c !== 13; c = src.charCodeAt(++pos));
    return pos;
  }

  /// skip_sep: at '[' (or ']'), the number of '=' before a second bracket of
  /// the same kind, or -1 if there is none.
  private longBracketLevel(pos: number): number {
    const src = this.src;
    const s = src.charCodeAt(pos);
    let n = 0;
    while (src.charCodeAt(pos + 1 + n) === 61 /* = */) n++;
    return src.charCodeAt(pos + 1 + n) === s ? n : -1;
  }

  /// '[': a long string, '[', or an invalid '[=...' delimiter.
  private readBracket(pos: number): number {
    const level = this.longBracketLevel(pos);
    if (level >= 0) return this.finish(T.String, this.readLongString(pos, level, true));
    if (this.src.charCodeAt(pos + 1) === 61 /* = */) {
      let end = pos + 1;
      while (this.src.charCodeAt(end) === 61) end++;
      this.pos = end;
      throw this.errorNear('invalid long string delimiter', "'" + this.src.slice(pos, end) + "'");
    }
    return this.finish(91, pos + 1);
  }

  /// read_long_string: from the opening '[' of `[==[`; returns the position
  /// after the closing bracket. Sets `sval` when `isString`.
  private readLongString(pos: number, level: number, isString: boolean): number {
    const src = this.src;
    const len = this.len;
    const firstLine = this.linenumber;
    pos += level + 2;
    let c = src.charCodeAt(pos);
    if (c === 10 || c === 13) pos = this.newline(pos); // skip first newline
    let chunk = pos;
    let value = '';
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        const what = isString ? 'string' : 'comment';
        throw this.errorNear('unfinished long ' + what + ' (starting at line ' + firstLine + ')', '<eof>');
      }
      c = src.charCodeAt(pos);
      if (c === 93 /* ] */) {
        if (this.longBracketLevel(pos) === level) break;
        pos++;
      } else if (c === 10 || c === 13) {
        const d = src.charCodeAt(pos + 1);
        if (c === 10 && d !== 13) {
          pos = this.newline(pos); // a lone "\n" stays in the chunk as it is
        } else {
          if (isString) value += src.slice(chunk, pos) + '\n';
          pos = this.newline(pos);
          chunk = pos;
        }
      } else {
        pos++;
      }
    }
    if (isString) this.sval = value + src.slice(chunk, pos);
    return pos + level + 2;
  }

  /// read_string: a short literal string delimited by `del`.
  private readString(pos: number, del: number): number {
    const src = this.src;
    const len = this.len;
    let chunk = ++pos;
    let value = '';
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        throw this.errorNear('unfinished string', '<eof>');
      }
      const c = src.charCodeAt(pos);
      if (c === del) break;
      if (c === 10 || c === 13) {
        this.pos = pos;
        throw this.errorNear(
          'unfinished string',
          "'" + cstr(String.fromCharCode(del) + value + src.slice(chunk, pos)) + "'",
        );
      }
      if (c === 92 /* \ */) {
        value = this.readEscape(pos, del, value + src.slice(chunk, pos));
        pos = chunk = this.escapeEnd;
      } else {
        pos++;
      }
    }
    this.sval = value + src.slice(chunk, pos);
    return this.finish(T.String, pos + 1);
  }

  /// One escape sequence at `pos` (the backslash); `value` is the string so
  /// far. Returns the value with the escape appended; `escapeEnd` is set to
  /// the position after the escape.
  private readEscape(pos: number, del: number, value: string): string {
    const src = this.src;
    const c = src.charCodeAt(pos + 1);
    let ch: number;
    // biome-ignore format: a compact table reads better
    switch (c) {
      case 97: ch = 7; break; // 'a'
      case 98: ch = 8; break; // 'b'
      case 102: ch = 12; break; // 'f'
      case 110: ch = 10; break; // 'n'
      case 114: ch = 13; break; // 'r'
      case 116: ch = 9; break; // 't'
      case 118: ch = 11; break; // 'v'
      case 92: // '\\'
      case 34: // '"'
      case 39: // '\''
        ch = c;
        break;
      case 120: // 'x'
        this.escapeEnd = pos + 4;
        return value + String.fromCharCode(this.readHexEscape(pos, del, value));
      case 117: // 'u'
        return this.readUtf8Escape(pos, del, value);
      case 10: // '\n'
      case 13: // '\r'
        this.escapeEnd = this.newline(pos + 1);
        return value + '\n';
      case 122: // 'z': skip the following white space
        pos += 2;
        for (let d = src.charCodeAt(pos); is(d, C_SPACE); d = src.charCodeAt(pos)) {
          if (d === 10 || d === 13) pos = this.newline(pos);
          else pos++;
        }
        this.escapeEnd = pos;
        return value;
      default:
        if (pos + 1 >= this.len) {
          this.escapeEnd = pos + 1; // unfinished string next
          return value;
        }
        if (!is(c, C_DIGIT)) throw this.escapeError('invalid escape sequence', pos, pos + 1, del, value);
        return this.readDecimalEscape(pos, del, value);
    }
    this.escapeEnd = pos + 2;
    return value + String.fromCharCode(ch);
  }

  /// esccheck failure: PUC's buffer holds the string so far, then the escape's
  /// raw text up to and including the offending char (if any).
  private escapeError(msg: string, bs: number, bad: number, del: number, value: string): LuaSyntaxError {
    const end = bad < this.len ? bad + 1 : bad;
    this.pos = end;
    const image = String.fromCharCode(del) + value + this.src.slice(bs, end);
    return this.errorNear(msg, "'" + cstr(image) + "'");
  }

  /// '\xXX' at `bs`: exactly two hexadecimal digits.
  private readHexEscape(bs: number, del: number, value: string): number {
    const src = this.src;
    const h1 = src.charCodeAt(bs + 2);
    if (!is(h1, C_XDIGIT)) throw this.escapeError('hexadecimal digit expected', bs, bs + 2, del, value);
    const h2 = src.charCodeAt(bs + 3);
    if (!is(h2, C_XDIGIT)) throw this.escapeError('hexadecimal digit expected', bs, bs + 3, del, value);
    return (hexValue(h1) << 4) + hexValue(h2);
  }

  /// '\u{XXX}' at `bs`: a code point up to 2^31 - 1, encoded as (extended) UTF-8.
  private readUtf8Escape(bs: number, del: number, value: string): string {
    const src = this.src;
    let p = bs + 2;
    if (src.charCodeAt(p) !== 123 /* { */) throw this.escapeError("missing '{'", bs, p, del, value);
    p++;
    let c = src.charCodeAt(p);
    if (!is(c, C_XDIGIT)) throw this.escapeError('hexadecimal digit expected', bs, p, del, value);
    let r = hexValue(c);
    for (c = src.charCodeAt(++p); is(c, C_XDIGIT); c = src.charCodeAt(++p)) {
      if (r > 0x7ffffff) throw this.escapeError('UTF-8 value too large', bs, p, del, value);
      r = r * 16 + hexValue(c);
    }
    if (c !== 125 /* } */) throw this.escapeError("missing '}'", bs, p, del, value);
    this.escapeEnd = p + 1;
    return value + utf8Encode(r);
  }

  /// '\ddd' at `bs`: up to three decimal digits, value at most 255.
  private readDecimalEscape(bs: number, del: number, value: string): string {
    const src = this.src;
    let p = bs + 1;
    let r = 0;
    for (let i = 0; i < 3 && is(src.charCodeAt(p), C_DIGIT); i++, p++) r = r * 10 + src.charCodeAt(p) - 48;
    if (r > 255) throw this.escapeError('decimal escape too large', bs, p, del, value);
    this.escapeEnd = p;
    return value + String.fromCharCode(r);
  }

  /// read_numeral: PUC reads the longest run of hex digits, dots and
  /// exponent marks (with a sign right after one), plus one touching letter,
  /// and then converts the whole text; `start` includes a leading '.'.
  private readNumeral(start: number, pos: number): number {
    const src = this.src;
    const len = this.len;
    let e1 = 69; // 'E'
    let e2 = 101; // 'e'
    let simple = start === pos; // only decimal digits so far
    if (src.charCodeAt(pos) === 48 /* 0 */) {
      const x = src.charCodeAt(pos + 1);
      if (x === 120 || x === 88) {
        // 'x' 'X'
        pos++;
        e1 = 80; // 'P'
        e2 = 112; // 'p'
        simple = false;
      }
    }
    pos++;
    for (; pos < len; pos++) {
      const c = src.charCodeAt(pos);
      if (c >= 48 && c <= 57) continue;
      simple = false;
      if (c === e1 || c === e2) {
        const s = src.charCodeAt(pos + 1);
        if (s === 43 || s === 45) pos++; // '+' '-'
      } else if (c !== 46 && !is(c, C_XDIGIT)) {
        break;
      }
    }
    if (pos < len && is(src.charCodeAt(pos), C_ALPHA)) {
      pos++; // a numeral touching a letter is malformed
      simple = false;
    }
    this.tokEnd = pos;
    if (simple && pos - start <= SAFE_DECIMAL_DIGITS) {
      let n = 0;
      for (let p = start; p < pos; p++) n = n * 10 + src.charCodeAt(p) - 48;
      this.ival = n < SMALL_INTS.length ? SMALL_INTS[n] : BigInt(n);
      return this.finish(T.Int, pos);
    }
    const text = src.slice(start, pos);
    const v = str2number(text);
    this.pos = pos;
    if (v === undefined) throw this.errorNear('malformed number', "'" + text + "'");
    if (typeof v === 'bigint') {
      this.ival = v;
      return this.finish(T.Int, pos);
    }
    this.nval = v;
    return this.finish(T.Flt, pos);
  }
}

/// luaO_utf8esc: `x` (< 2^31) as UTF-8, extended to 6 bytes as PUC does.
export function utf8Encode(x: number): string {
  if (x < 0x80) return String.fromCharCode(x);
  let tail = '';
  let mfb = 0x3f; // largest value that fits in the first byte
  do {
    tail = String.fromCharCode(0x80 | (x & 0x3f)) + tail;
    x = Math.floor(x / 64);
    mfb >>= 1;
  } while (x > mfb);
  return String.fromCharCode(((~mfb << 1) | x) & 0xff) + tail;
}

// ------------------------------------------------------- numeral conversion

const INT64_MAX = 0x7fffffffffffffffn;

function isSpace(c: number): boolean {
  return is(c, C_SPACE);
}

/// luaO_str2num: the value of a numeral as Lua reads it (leading and trailing
/// white space and a sign allowed): a bigint for an integer, a number for a
/// float, undefined if malformed. Hexadecimal integers wrap around modulo
/// 2^64; decimal integers that do not fit in 64 bits become floats.
export function str2number(s: string): bigint | number | undefined {
  const i = str2int(s);
  return i !== undefined ? i : str2float(s);
}

/// l_str2int.
function str2int(s: string): bigint | undefined {
  const len = s.length;
  let p = 0;
  while (p < len && isSpace(s.charCodeAt(p))) p++;
  let neg = false;
  const sign = s.charCodeAt(p);
  if (sign === 45 || sign === 43) {
    neg = sign === 45; // '-'
    p++;
  }
  const x = s.charCodeAt(p + 1);
  const hex = s.charCodeAt(p) === 48 && (x === 120 || x === 88);
  if (hex) p += 2;
  let q = p;
  while (q < len && is(s.charCodeAt(q), hex ? C_XDIGIT : C_DIGIT)) q++;
  if (q === p) return undefined;
  let e = q;
  while (e < len && isSpace(s.charCodeAt(e))) e++;
  if (e !== len) return undefined; // something else follows: not an integer
  const a = BigInt((hex ? '0x' : '') + s.slice(p, q));
  if (!hex && a > (neg ? INT64_MAX + 1n : INT64_MAX)) return undefined; // overflow: not an integer
  return BigInt.asIntN(64, neg ? -a : a);
}

/// l_str2d: a float numeral (decimal or hexadecimal, as C's strtod reads
/// them; 'inf' and 'nan' are rejected).
function str2float(s: string): number | undefined {
  const len = s.length;
  let p = 0;
  while (p < len && isSpace(s.charCodeAt(p))) p++;
  let neg = false;
  const sign = s.charCodeAt(p);
  if (sign === 45 || sign === 43) {
    neg = sign === 45;
    p++;
  }
  const x = s.charCodeAt(p + 1);
  const r = s.charCodeAt(p) === 48 && (x === 120 || x === 88) ? hexFloat(s, p + 2) : decimalFloat(s, p);
  if (r === undefined) return undefined;
  let q = r.end;
  while (q < len && isSpace(s.charCodeAt(q))) q++;
  if (q !== len) return undefined;
  return neg ? -r.value : r.value;
}

/// Digits with an optional fraction and exponent, from `p`.
function decimalFloat(s: string, p: number): { value: number; end: number } | undefined {
  const start = p;
  let digits = 0;
  for (; is(s.charCodeAt(p), C_DIGIT); p++) digits++;
  if (s.charCodeAt(p) === 46 /* . */) {
    for (p++; is(s.charCodeAt(p), C_DIGIT); p++) digits++;
  }
  if (digits === 0) return undefined;
  const e = s.charCodeAt(p);
  if (e === 101 || e === 69) {
    let q = p + 1;
    const sg = s.charCodeAt(q);
    if (sg === 43 || sg === 45) q++;
    if (is(s.charCodeAt(q), C_DIGIT)) {
      while (is(s.charCodeAt(q), C_DIGIT)) q++;
      p = q;
    }
  }
  return { value: Number(s.slice(start, p)), end: p };
}

/// After '0x': hexadecimal digits with an optional fraction and a binary
/// exponent ('p'), converted exactly (round to nearest even, as strtod).
function hexFloat(s: string, p: number): { value: number; end: number } | undefined {
  let mant = '';
  let exp = 0;
  let digits = 0;
  let dot = false;
  for (; ; p++) {
    const c = s.charCodeAt(p);
    if (c === 46 /* . */) {
      if (dot) break;
      dot = true;
    } else if (is(c, C_XDIGIT)) {
      digits++;
      if (mant !== '' || c !== 48) mant += s[p];
      else if (!dot) continue;
      if (dot) exp -= 4;
    } else {
      break;
    }
  }
  if (digits === 0) return undefined;
  const e = s.charCodeAt(p);
  if (e === 112 || e === 80) {
    let q = p + 1;
    let eneg = false;
    const sg = s.charCodeAt(q);
    if (sg === 43 || sg === 45) {
      eneg = sg === 45;
      q++;
    }
    if (is(s.charCodeAt(q), C_DIGIT)) {
      let e10 = 0;
      // Saturate: beyond this any exponent gives 0 or infinity.
      for (; is(s.charCodeAt(q), C_DIGIT); q++) if (e10 < 1e7) e10 = e10 * 10 + s.charCodeAt(q) - 48;
      exp += eneg ? -e10 : e10;
      p = q;
    }
  }
  return { value: mant === '' ? 0 : scaleBinary(BigInt('0x' + mant), exp), end: p };
}

/// m * 2^e (m > 0) correctly rounded to a double (ties to even), with
/// subnormals and overflow to infinity.
export function scaleBinary(m: bigint, e: number): number {
  const bits = m.toString(2).length;
  const top = bits - 1 + e; // exponent of the leading bit
  if (top > 1023) return Infinity;
  const keep = Math.min(53, top + 1075); // significant bits the result can hold
  if (keep < 0) return 0;
  const drop = bits - keep;
  let q = m;
  if (drop > 0) {
    const d = BigInt(drop);
    q = m >> d;
    const rem = m - (q << d);
    const half = 1n << (d - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  // q * 2^(e + drop), built exactly from the IEEE fields.
  let low = e + Math.max(drop, 0);
  let qn = Number(q);
  if (qn === 2 ** 53) {
    qn /= 2;
    low++;
  }
  return composeDouble(qn, low);
}

/// The double q * 2^low, for an integer 0 < q < 2^53 when the product is
/// representable (low >= -1074) or overflows.
function composeDouble(q: number, low: number): number {
  // Normalise q to 53 bits when it is a normal number.
  while (q < 2 ** 52 && low > -1074) {
    q *= 2;
    low--;
  }
  const buf = new DataView(new ArrayBuffer(8));
  if (q < 2 ** 52) {
    // subnormal: exponent field 0, value q * 2^-1074
    buf.setUint32(0, Math.floor(q / 2 ** 32));
    buf.setUint32(4, q >>> 0);
    return buf.getFloat64(0);
  }
  const biased = low + 52 + 1023;
  if (biased >= 2047) return Infinity;
  const frac = q - 2 ** 52;
  buf.setUint32(0, biased * 2 ** 20 + Math.floor(frac / 2 ** 32));
  buf.setUint32(4, frac >>> 0);
  return buf.getFloat64(0);
}
