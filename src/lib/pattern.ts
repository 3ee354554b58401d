// Lua patterns (the "PATTERN MATCHING" part of PUC's lstrlib.c, 5.4.4) and the
// four library functions built on them: string.find, string.match,
// string.gmatch and string.gsub.
//
// A pattern is compiled once (cached per state) into a *program*: one item per
// pattern element, in pattern order, held in typed arrays. Every item's
// successor is the next item, so the program is the pattern itself, parsed:
// the matcher below is PUC's `match` over items instead of characters, with
// the same recursion (start/end capture, `?`, max/min expansion), the same
// MAXCCALLS depth budget ("pattern too complex" exactly where PUC raises it),
// and therefore at most MAXCCALLS nested JS frames whatever the subject size.
//
// Errors in a pattern are raised lazily, as PUC does: the compiler stops at
// the first malformed element and emits an Error item there, which raises
// when (and only if) the matcher reaches it.
//
// Byte semantics: subjects and patterns are byte strings; character classes
// follow the C locale (bytes >= 128 belong to no class). Where C reads the
// terminating '\0' of a Lua string (the char after the pattern or subject
// end), `at`/`cur` below read 0.
//
// Shortcuts, all exact: plain find uses indexOf; a search loop skips start
// positions where the program's literal prefix (or first set) cannot match;
// expansions followed by a literal character only try the positions where it
// occurs. Each is taken only where PUC's matcher would fail at once without
// raising an error (the depth budget is checked).
//
// Suspension: gsub calls its replacement function (or a table's __index)
// directly; when that returns SUSPEND, the loop's state goes into a HostFrame
// and the loop continues from it later (coroutines may yield, hosts may await
// inside a gsub callback, which PUC Lua forbids).

import { callerInfo, registerBuiltins } from '../runtime/debug.js';
import { HostFrame } from '../runtime/frames.js';
import { enterC, index, raise, typeName } from '../runtime/metamethods.js';
import { isNumber, numberToString } from '../runtime/number.js';
import { type LuaState, SUSPEND } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { Req } from '../runtime/thread.js';
import type { LuaFunction, LuaValue } from '../runtime/value.js';
import { checkInt, checkString, libError, typeError } from './args.js';

/// Maximum recursion depth of `match` (PUC's MAXCCALLS).
const MAXCCALLS = 200;
/// Maximum number of captures (LUA_MAXCAPTURES).
const MAXCAPTURES = 32;
/// Matcher steps accumulated before they are charged to the step budget.
const CHARGE_CHUNK = 256;
/// Compiled programs kept per state (each of two caches), and the longest
/// pattern cached (a program takes about 6 bytes per pattern byte).
const CACHE_SIZE = 64;
const CACHE_MAX_PATTERN = 4096;

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

/// Item kinds of a compiled program.
// biome-ignore lint/suspicious/noConstEnum: item kinds cost nothing at run time (STYLE.md)
const enum Op {
  End,
  /// A single character class: Char (arg: the byte), Any ('.'), Set (arg: the
  /// offset of its bitmap); q holds the quantifier ('*', '+', '-', '?' or 0).
  Char,
  Any,
  Set,
  /// '(' (arg: CAP_UNFINISHED) or '()' (arg: CAP_POSITION).
  Open,
  Close,
  /// '$' at the end of the pattern.
  Eos,
  /// '%bxy' (arg: x | y << 8).
  Balance,
  /// '%f[set]' (arg: the bitmap offset).
  Frontier,
  /// '%0'-'%9' (arg: the digit's char code).
  Backref,
  /// A malformed element: raises Program.err.
  Error,
}

const STAR = 42; // '*'
const PLUS = 43; // '+'
const MINUS = 45; // '-'
const QUESTION = 63; // '?'

// ------------------------------------------------------------ char classes

const C_ALPHA = 1;
const C_DIGIT = 2;
const C_SPACE = 4;
const C_LOWER = 8;
const C_UPPER = 16;
const C_PUNCT = 32;
const C_CNTRL = 64;
const C_XDIGIT = 128;

/// ctype flags of the C locale, bytes 0-255 (nothing at 128 and above).
const CTYPE = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 128; c++) {
    let f = 0;
    if (c >= 65 && c <= 90) f |= C_ALPHA | C_UPPER;
    if (c >= 97 && c <= 122) f |= C_ALPHA | C_LOWER;
    if (c >= 48 && c <= 57) f |= C_DIGIT | C_XDIGIT;
    if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) f |= C_XDIGIT;
    if (c === 32 || (c >= 9 && c <= 13)) f |= C_SPACE;
    if (c < 32 || c === 127) f |= C_CNTRL;
    if (c > 32 && c < 127 && !(f & (C_ALPHA | C_DIGIT))) f |= C_PUNCT;
    t[c] = f;
  }
  return t;
})();

/// lstrlib's match_class: does byte c belong to class %cl?
function matchClass(c: number, cl: number): boolean {
  const f = CTYPE[c];
  let res: boolean;
  switch (cl | 32) {
    case 97: // 'a'
      res = (f & C_ALPHA) !== 0;
      break;
    case 99: // 'c'
      res = (f & C_CNTRL) !== 0;
      break;
    case 100: // 'd'
      res = (f & C_DIGIT) !== 0;
      break;
    case 103: // 'g'
      res = (f & (C_ALPHA | C_DIGIT | C_PUNCT)) !== 0;
      break;
    case 108: // 'l'
      res = (f & C_LOWER) !== 0;
      break;
    case 112: // 'p'
      res = (f & C_PUNCT) !== 0;
      break;
    case 115: // 's'
      res = (f & C_SPACE) !== 0;
      break;
    case 117: // 'u'
      res = (f & C_UPPER) !== 0;
      break;
    case 119: // 'w'
      res = (f & (C_ALPHA | C_DIGIT)) !== 0;
      break;
    case 120: // 'x'
      res = (f & C_XDIGIT) !== 0;
      break;
    case 122: // 'z' (deprecated)
      res = c === 0;
      break;
    default:
      return cl === c;
  }
  // `cl | 32` lowered only ASCII letters that are classes: an upper-case
  // class letter complements.
  return (CTYPE[cl] & C_LOWER) !== 0 ? res : !res;
}

/// Is cl a class letter (its escape is not a literal)?
function isClassLetter(cl: number): boolean {
  return (CTYPE[cl] & C_ALPHA) !== 0 && 'acdglpsuwxz'.includes(String.fromCharCode(cl | 32));
}

// ---------------------------------------------------------------- programs

/// A compiled pattern. Items 0..n-1; sets are 256-bit bitmaps, 8 words each.
class Program {
  constructor(
    readonly op: Uint8Array,
    readonly q: Uint8Array,
    readonly arg: Int32Array,
    readonly sets: Int32Array,
    /// Message of the Error item, if any.
    readonly err: string,
    /// The pattern started with '^' (find, match, gsub).
    readonly anchor: boolean,
    /// Literal text every match starts with ('' if none known).
    readonly prefix: string,
    /// Bitmap offset of a set every match's first byte belongs to, or -1.
    readonly first: number,
  ) {}
  /// The pattern text has no special characters (find searches it plainly).
  plain = false;
}

/// Compiles pattern text (without its anchor) into a Program.
function compile(pat: string, anchor: boolean): Program {
  const plen = pat.length;
  const at = (k: number): number => (k < plen ? pat.charCodeAt(k) : 0);
  const op = new Uint8Array(plen + 1);
  const q = new Uint8Array(plen + 1);
  const arg = new Int32Array(plen + 1);
  const words: number[] = [];
  const setIds = new Map<string, number>();
  let err = '';
  let n = 0;

  /// PUC's classend: the end of the single class at p, or -1 (err set).
  const classEnd = (p: number): number => {
    const c = at(p++);
    if (c === 37 /* % */) {
      if (p >= plen) {
        err = "malformed pattern (ends with '%')";
        return -1;
      }
      return p + 1;
    }
    if (c === 91 /* [ */) {
      if (at(p) === 94 /* ^ */) p++;
      do {
        if (p >= plen) {
          err = "malformed pattern (missing ']')";
          return -1;
        }
        if (at(p++) === 37 && p < plen) p++;
      } while (at(p) !== 93 /* ] */);
      return p + 1;
    }
    return p;
  };

  /// The bitmap of the set [p, ep) ('[...]' or '%x'), shared within the program.
  const setOf = (p: number, ep: number): number => {
    const key = pat.slice(p, ep);
    let off = setIds.get(key);
    if (off !== undefined) return off;
    off = words.length;
    const bits = new Int32Array(8);
    if (at(p) === 37) fillClass(bits, at(p + 1));
    else fillBracket(bits, pat, p, ep - 1);
    for (let w = 0; w < 8; w++) words.push(bits[w]);
    setIds.set(key, off);
    return off;
  };

  let p = 0;
  for (;;) {
    if (p >= plen) {
      op[n++] = Op.End;
      break;
    }
    const c = pat.charCodeAt(p);
    if (c === 40 /* ( */) {
      op[n] = Op.Open;
      if (at(p + 1) === 41 /* ) */) {
        arg[n++] = CAP_POSITION;
        p += 2;
      } else {
        arg[n++] = CAP_UNFINISHED;
        p++;
      }
      continue;
    }
    if (c === 41 /* ) */) {
      op[n++] = Op.Close;
      p++;
      continue;
    }
    if (c === 36 /* $ */ && p + 1 === plen) {
      op[n++] = Op.Eos;
      p++;
      continue;
    }
    if (c === 37 /* % */) {
      const d = at(p + 1);
      if (d === 98 /* b */) {
        if (p + 2 >= plen - 1) {
          err = "malformed pattern (missing arguments to '%b')";
          op[n++] = Op.Error;
          break;
        }
        op[n] = Op.Balance;
        arg[n++] = at(p + 2) | (at(p + 3) << 8);
        p += 4;
        continue;
      }
      if (d === 102 /* f */) {
        p += 2;
        if (at(p) !== 91 /* [ */) err = "missing '[' after '%f' in pattern";
        const ep = err === '' ? classEnd(p) : -1;
        if (ep < 0) {
          op[n++] = Op.Error;
          break;
        }
        op[n] = Op.Frontier;
        arg[n++] = setOf(p, ep);
        p = ep;
        continue;
      }
      if (d >= 48 && d <= 57 /* 0-9 */) {
        op[n] = Op.Backref;
        arg[n++] = d;
        p += 2;
        continue;
      }
    }
    // A single class with an optional quantifier.
    const ep = classEnd(p);
    if (ep < 0) {
      op[n++] = Op.Error;
      break;
    }
    if (c === 46 /* . */) op[n] = Op.Any;
    else if (c === 91 || (c === 37 && isClassLetter(at(p + 1)))) {
      op[n] = Op.Set;
      arg[n] = setOf(p, ep);
    } else {
      op[n] = Op.Char;
      arg[n] = c === 37 ? at(p + 1) : c;
    }
    const s = at(ep);
    if (s === STAR || s === PLUS || s === MINUS || s === QUESTION) {
      q[n] = s;
      p = ep + 1;
    } else p = ep;
    n++;
  }
  const sets = Int32Array.from(words);
  const { prefix, first } = startFilter(op, q, arg, n);
  return new Program(
    op.subarray(0, n),
    q.subarray(0, n),
    arg.subarray(0, n),
    sets,
    err,
    anchor,
    prefix,
    first,
  );
}

/// What every match must start with: after the leading captures (at most
/// MAXCAPTURES, else the match raises at once), literal characters; or the
/// set of a first class that must match at least once.
function startFilter(
  op: Uint8Array,
  q: Uint8Array,
  arg: Int32Array,
  n: number,
): { prefix: string; first: number } {
  let i = 0;
  while (i < n && op[i] === Op.Open) i++;
  if (i > MAXCAPTURES) return { prefix: '', first: -1 };
  let prefix = '';
  while (i < n && op[i] === Op.Char && (q[i] === 0 || q[i] === PLUS)) {
    prefix += String.fromCharCode(arg[i]);
    if (q[i++] !== 0) break;
  }
  if (prefix === '' && i < n && op[i] === Op.Set && (q[i] === 0 || q[i] === PLUS))
    return { prefix, first: arg[i] };
  return { prefix, first: -1 };
}

function setBit(bits: Int32Array, c: number): void {
  bits[c >>> 5] |= 1 << (c & 31);
}

function fillClass(bits: Int32Array, cl: number): void {
  for (let c = 0; c < 256; c++) if (matchClass(c, cl)) setBit(bits, c);
}

/// The bitmap of the bracket class from '[' at p to ']' at ec (PUC's
/// matchbracketclass, evaluated for every byte at once).
function fillBracket(bits: Int32Array, pat: string, p: number, ec: number): void {
  let sig = true;
  if (pat.charCodeAt(p + 1) === 94 /* ^ */) {
    sig = false;
    p++;
  }
  while (++p < ec) {
    const c = pat.charCodeAt(p);
    if (c === 37 /* % */) {
      p++;
      const cl = pat.charCodeAt(p);
      for (let x = 0; x < 256; x++) if (matchClass(x, cl)) setBit(bits, x);
    } else if (pat.charCodeAt(p + 1) === 45 /* - */ && p + 2 < ec) {
      p += 2;
      for (let x = c, hi = pat.charCodeAt(p); x <= hi; x++) setBit(bits, x);
    } else setBit(bits, c);
  }
  if (!sig) for (let w = 0; w < 8; w++) bits[w] = ~bits[w];
}

// ----------------------------------------------------------------- matcher

/// PUC's MatchState, one per Lua state, reused by every match: matching never
/// calls Lua code, so it is never re-entered; each use starts with `reset`.
class Matcher {
  src = '';
  len = 0;
  op: Uint8Array = new Uint8Array(0);
  q: Uint8Array = new Uint8Array(0);
  arg: Int32Array = new Int32Array(0);
  sets: Int32Array = new Int32Array(0);
  prog: Program | undefined = undefined;
  /// Captures: start index and length (or CAP_UNFINISHED / CAP_POSITION).
  readonly capInit = new Int32Array(MAXCAPTURES);
  readonly capLen = new Int32Array(MAXCAPTURES);
  level = 0;
  depth = MAXCCALLS;
  /// Start of the match `search` found.
  found = 0;
  /// Steps not yet charged to the budget.
  steps = 0;
  /// Position prefix for errors when the library function's caller may be
  /// gone from the stack (a gsub resumed after a suspension), else undefined.
  where: string | undefined = undefined;
  /// The budget check asked the running function to suspend (time slice).
  sliceOver = false;

  constructor(readonly L: LuaState) {}

  reset(src: string, prog: Program): void {
    this.src = src;
    this.len = src.length;
    this.prog = prog;
    this.op = prog.op;
    this.q = prog.q;
    this.arg = prog.arg;
    this.sets = prog.sets;
    this.level = 0;
    this.depth = MAXCCALLS;
    this.where = undefined;
    this.sliceOver = false;
  }

  /// Charges accumulated steps (may raise "step limit exceeded"); notes in
  /// `sliceOver` that the time slice is over (only gsub can act on it).
  charge(): void {
    const L = this.L;
    L.budget -= this.steps;
    this.steps = 0;
    if (L.budget < 0 && L.tick()) {
      L.request = Req.None;
      this.sliceOver = true;
    }
  }

  error(msg: string): never {
    if (this.where !== undefined) raise(this.L, this.where + msg);
    libError(this.L, msg);
  }

  /// Does item i match the byte at s?
  single(s: number, i: number): boolean {
    if (s >= this.len) return false;
    switch (this.op[i]) {
      case Op.Char:
        return this.src.charCodeAt(s) === this.arg[i];
      case Op.Any:
        return true;
      default: {
        const c = this.src.charCodeAt(s);
        return ((this.sets[this.arg[i] + (c >>> 5)] >>> (c & 31)) & 1) !== 0;
      }
    }
  }

  /// PUC's match: the end of a match of items i.. at s, or -1.
  match(s: number, i: number): number {
    if (this.depth-- === 0) this.error('pattern too complex');
    if (++this.steps >= CHARGE_CHUNK) this.charge();
    const op = this.op;
    const arg = this.arg;
    loop: for (;;) {
      switch (op[i]) {
        case Op.End:
          break loop;
        case Op.Open:
          s = this.startCapture(s, i + 1, arg[i]);
          break loop;
        case Op.Close:
          s = this.endCapture(s, i + 1);
          break loop;
        case Op.Eos:
          if (s !== this.len) s = -1;
          break loop;
        case Op.Balance:
          s = this.balance(s, arg[i]);
          if (s === -1) break loop;
          i++;
          continue;
        case Op.Frontier: {
          const src = this.src;
          const prev = s === 0 ? 0 : src.charCodeAt(s - 1);
          const cur = s < this.len ? src.charCodeAt(s) : 0;
          const sets = this.sets;
          const off = arg[i];
          if (
            ((sets[off + (prev >>> 5)] >>> (prev & 31)) & 1) === 0 &&
            ((sets[off + (cur >>> 5)] >>> (cur & 31)) & 1) !== 0
          ) {
            i++;
            continue;
          }
          s = -1;
          break loop;
        }
        case Op.Backref:
          s = this.matchCapture(s, arg[i]);
          if (s === -1) break loop;
          i++;
          continue;
        case Op.Error:
          this.error(this.prog!.err);
        default: {
          // A single class (Char, Any, Set), tested inline: the hot path.
          const qq = this.q[i];
          let ok = s < this.len;
          if (ok) {
            const o = op[i];
            const c = this.src.charCodeAt(s);
            if (o === Op.Char) ok = c === arg[i];
            else if (o === Op.Set) ok = ((this.sets[arg[i] + (c >>> 5)] >>> (c & 31)) & 1) !== 0;
          }
          if (!ok) {
            if (qq === STAR || qq === QUESTION || qq === MINUS) {
              i++;
              continue;
            }
            s = -1;
            break loop;
          }
          switch (qq) {
            case QUESTION: {
              const r = this.match(s + 1, i + 1);
              if (r !== -1) {
                s = r;
                break loop;
              }
              i++;
              continue;
            }
            case PLUS:
              s = this.maxExpand(s + 1, i);
              break loop;
            case STAR:
              s = this.maxExpand(s, i);
              break loop;
            case MINUS:
              s = this.minExpand(s, i);
              break loop;
            default:
              s++;
              i++;
              continue;
          }
        }
      }
    }
    this.depth++;
    return s;
  }

  /// The byte the item after i must match first, or -1: a literal that must
  /// occur at least once, when the depth budget allows skipping the calls
  /// that would fail on it.
  nextLiteral(i: number): number {
    const j = i + 1;
    if (this.op[j] !== Op.Char || this.depth <= 0) return -1;
    const qq = this.q[j];
    return qq === 0 || qq === PLUS ? this.arg[j] : -1;
  }

  maxExpand(s: number, i: number): number {
    let k = this.count(s, i);
    this.steps += k;
    // The rest of the pattern is empty: the longest expansion matches.
    if (this.op[i + 1] === Op.End && this.depth > 0) return s + k;
    const src = this.src;
    const lit = this.nextLiteral(i);
    if (lit >= 0) {
      const ch = String.fromCharCode(lit);
      for (let e = src.lastIndexOf(ch, s + k); e >= s; e = e === 0 ? -1 : src.lastIndexOf(ch, e - 1)) {
        const r = this.match(e, i + 1);
        if (r !== -1) return r;
      }
      return -1;
    }
    for (; k >= 0; k--) {
      const r = this.match(s + k, i + 1);
      if (r !== -1) return r;
    }
    return -1;
  }

  /// How many bytes from s on item i matches, one after the other.
  count(s: number, i: number): number {
    const src = this.src;
    const len = this.len;
    const arg = this.arg[i];
    let e = s;
    switch (this.op[i]) {
      case Op.Any:
        return len - s;
      case Op.Char:
        while (e < len && src.charCodeAt(e) === arg) e++;
        return e - s;
      default: {
        const sets = this.sets;
        for (; e < len; e++) {
          const c = src.charCodeAt(e);
          if (((sets[arg + (c >>> 5)] >>> (c & 31)) & 1) === 0) break;
        }
        return e - s;
      }
    }
  }

  minExpand(s: number, i: number): number {
    const lit = this.nextLiteral(i);
    if (lit >= 0 && this.op[i] === Op.Any) {
      // Every byte up to the literal matches '.': jump to its occurrences.
      const ch = String.fromCharCode(lit);
      for (;;) {
        const e = this.src.indexOf(ch, s);
        // A native scan costs a fraction of a matcher step per byte.
        this.steps += ((e === -1 ? this.len : e) - s) >>> 4;
        if (e === -1) return -1;
        const r = this.match(e, i + 1);
        if (r !== -1) return r;
        s = e + 1;
      }
    }
    const src = this.src;
    for (;;) {
      if (lit < 0 || src.charCodeAt(s) === lit) {
        const r = this.match(s, i + 1);
        if (r !== -1) return r;
      }
      if (!this.single(s, i)) return -1;
      s++;
      this.steps++;
    }
  }

  startCapture(s: number, i: number, what: number): number {
    const level = this.level;
    if (level >= MAXCAPTURES) this.error('too many captures');
    this.capInit[level] = s;
    this.capLen[level] = what;
    this.level = level + 1;
    const r = this.match(s, i);
    if (r === -1) this.level--;
    return r;
  }

  endCapture(s: number, i: number): number {
    const l = this.captureToClose();
    this.capLen[l] = s - this.capInit[l];
    const r = this.match(s, i);
    if (r === -1) this.capLen[l] = CAP_UNFINISHED;
    return r;
  }

  captureToClose(): number {
    for (let l = this.level - 1; l >= 0; l--) if (this.capLen[l] === CAP_UNFINISHED) return l;
    this.error('invalid pattern capture');
  }

  /// '%1'-'%9' (d: the digit's char code).
  matchCapture(s: number, d: number): number {
    const l = d - 49;
    if (l < 0 || l >= this.level || this.capLen[l] === CAP_UNFINISHED)
      this.error(`invalid capture index %${l + 1}`);
    const n = this.capLen[l];
    // A position capture has a "length" of (size_t)-2 in C: it never matches.
    if (n < 0 || this.len - s < n) return -1;
    const src = this.src;
    const init = this.capInit[l];
    if (n < 16) {
      for (let k = 0; k < n; k++) if (src.charCodeAt(init + k) !== src.charCodeAt(s + k)) return -1;
    } else if (src.slice(init, init + n) !== src.slice(s, s + n)) return -1; // V8 compares words
    this.steps += n;
    return s + n;
  }

  balance(s: number, bx: number): number {
    const src = this.src;
    const len = this.len;
    const b = bx & 255;
    const e = bx >>> 8;
    if (s >= len || src.charCodeAt(s) !== b) return -1;
    let cont = 1;
    const start = s;
    while (++s < len) {
      const c = src.charCodeAt(s);
      if (c === e) {
        if (--cont === 0) {
          this.steps += s - start;
          return s + 1;
        }
      } else if (c === b) cont++;
    }
    this.steps += s - start;
    return -1;
  }

  /// The first start position >= s where a match may begin (the program's
  /// start filter), or -1 when none can.
  candidate(s: number): number {
    const prog = this.prog!;
    if (prog.prefix !== '') {
      const r = this.src.indexOf(prog.prefix, s);
      this.steps += ((r === -1 ? this.len : r) - s) >>> 4;
      return r;
    }
    const off = prog.first;
    if (off < 0) return s;
    const src = this.src;
    const len = this.len;
    const sets = this.sets;
    const start = s;
    for (; s < len; s++) {
      const c = src.charCodeAt(s);
      if (((sets[off + (c >>> 5)] >>> (c & 31)) & 1) !== 0) break;
    }
    this.steps += (s - start) >>> 2;
    return s < len ? s : -1;
  }

  /// PUC's get_onecapture as a value: capture i of the match [s, e).
  capture(i: number, s: number, e: number): LuaValue {
    if (i >= this.level) {
      if (i !== 0) this.error(`invalid capture index %${i + 1}`);
      return this.src.slice(s, e);
    }
    const n = this.capLen[i];
    if (n === CAP_UNFINISHED) this.error('unfinished capture');
    const init = this.capInit[i];
    if (n === CAP_POSITION) return init + 1;
    return this.src.slice(init, init + n);
  }

  /// Sets the captures of the match [s, e) as results (the whole match when
  /// there are none and s >= 0); returns the first. `extra` results come first.
  pushCaptures(s: number, e: number, extra: number): LuaValue {
    const L = this.L;
    const n = this.level === 0 && s >= 0 ? 1 : this.level;
    const ret = L.ret;
    for (let i = 0; i < n; i++) ret[extra + i] = this.capture(i, s, e);
    L.nret = extra + n;
    return ret[0];
  }

  /// Captures of the match [s, e) as an argument list (gsub's function call).
  captureArgs(s: number, e: number): LuaValue[] {
    const n = this.level === 0 ? 1 : this.level;
    const out: LuaValue[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.capture(i, s, e);
    return out;
  }

  /// The search loop of find/match: the first match at or after init (only
  /// at init when anchored). Returns its end (start in `this.found`) or -1.
  search(init: number): number {
    const prog = this.prog!;
    const len = this.len;
    if (prog.anchor) {
      this.found = init;
      return this.match(init, 0);
    }
    for (let s1 = init; s1 <= len; s1++) {
      s1 = this.candidate(s1);
      if (s1 < 0) return -1;
      this.level = 0;
      const e = this.match(s1, 0);
      if (e !== -1) {
        this.found = s1;
        return e;
      }
    }
    return -1;
  }
}

// ------------------------------------------------------------ replacements

/// A gsub replacement string, split at its '%' escapes: lits[0], code[0],
/// lits[1], ...; code >= 0 is capture code+1, -1 is '%0', -2 an invalid '%'.
class Replacement {
  constructor(
    readonly lits: string[],
    readonly codes: number[],
  ) {}
}

function parseReplacement(r: string): Replacement {
  const lits: string[] = [];
  const codes: number[] = [];
  let lit = '';
  let pos = 0;
  for (let i = r.indexOf('%'); i >= 0; i = r.indexOf('%', pos)) {
    lit += r.slice(pos, i);
    const c = i + 1 < r.length ? r.charCodeAt(i + 1) : 0;
    pos = i + 2;
    if (c === 37) {
      lit += '%';
      continue;
    }
    lits.push(lit);
    lit = '';
    if (c === 48) codes.push(-1);
    else if (c >= 49 && c <= 57) codes.push(c - 49);
    else {
      codes.push(-2);
      pos = r.length;
      break;
    }
  }
  lits.push(lit + r.slice(pos));
  return new Replacement(lits, codes);
}

// ---------------------------------------------------------------- library

/// lstrlib's posrelatI: a start position in [1, inf).
function posrelatI(pos: number, len: number): number {
  if (pos > 0) return pos;
  if (pos === 0) return 1;
  if (pos < -len) return 1;
  return len + pos + 1;
}

const SPECIALS = /[\^$*+?.([%-]/;

// biome-ignore lint/suspicious/noConstEnum: local to this module
const enum Repl {
  String,
  Table,
  Function,
}

/// gsub's loop state, kept in a HostFrame while a replacement call suspends.
interface GsubState {
  src: string;
  prog: Program;
  kind: Repl;
  repl: LuaValue;
  /// The replacement text (kind String).
  text: Replacement | string;
  maxS: number;
  n: number;
  /// Next position to try; end of the last match (-1: none yet).
  pos: number;
  lastmatch: number;
  /// Result text so far, and the index of src up to which it is built.
  out: string;
  copied: number;
  /// The match whose replacement value is pending.
  ms: number;
  me: number;
  /// The caller's position, saved at the first suspension: a caller that
  /// made a tail call leaves no frame to find it from.
  where: string | undefined;
  /// Suspended in a replacement call (else interrupted between matches).
  pending: boolean;
}

export function openPatterns(L: LuaState) {
  const M: Matcher = new Matcher(L);
  // Compiled programs by pattern text: patterns whose '^' anchors (find,
  // match, gsub) and raw ones (gmatch).
  const anchored = new Map<string, Program>();
  const raw = new Map<string, Program>();

  const programOf = (pat: string, isRaw: boolean): Program => {
    const cache = isRaw ? raw : anchored;
    let prog = cache.get(pat);
    if (prog === undefined) {
      const anchor = !isRaw && pat.charCodeAt(0) === 94; /* ^ */
      prog = compile(anchor ? pat.slice(1) : pat, anchor);
      prog.plain = !SPECIALS.test(pat);
      if (pat.length <= CACHE_MAX_PATTERN) {
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(pat, prog);
      }
    }
    return prog;
  };

  /// str_find_aux.
  const findAux = (
    nargs: number,
    s: LuaValue,
    p: LuaValue,
    init: LuaValue,
    plain: LuaValue,
    find: boolean,
  ): LuaValue => {
    const fname = find ? 'string.find' : 'string.match';
    const src = checkString(L, s, 1, nargs, fname);
    const pat = checkString(L, p, 2, nargs, fname);
    const ls = src.length;
    const start = posrelatI(init === undefined ? 1 : checkInt(L, init, 3, nargs, fname), ls) - 1;
    if (start > ls) return L.ret1(undefined);
    const prog = find && plain !== undefined && plain !== false ? undefined : programOf(pat, false);
    if (find && (prog === undefined || prog.plain)) {
      const r = src.indexOf(pat, start);
      L.charge(1 + ((ls - start) >>> 4));
      if (r < 0) return L.ret1(undefined);
      return L.ret2(r + 1, r + pat.length);
    }
    M.reset(src, prog!);
    const e = M.search(start);
    const s1 = M.found;
    M.charge();
    if (e === -1) return L.ret1(undefined);
    if (!find) return M.pushCaptures(s1, e, 0);
    L.ret[0] = s1 + 1;
    L.ret[1] = e;
    M.pushCaptures(-1, 0, 2);
    return s1 + 1;
  };

  /// Appends replacement value v for the pending match (add_value's tail).
  const addValue = (st: GsubState, v: LuaValue): void => {
    if (v === undefined || v === false) return; // keep the original text
    let text: string;
    if (typeof v === 'string') text = v;
    else if (isNumber(v)) text = numberToString(v);
    else {
      M.where = st.where;
      M.error(`invalid replacement value (a ${typeName(v)})`);
    }
    appendOut(st, text);
  };

  const appendOut = (st: GsubState, text: string): void => {
    const piece = st.src.slice(st.copied, st.ms) + text;
    L.checkString(st.out.length + piece.length, 0);
    st.out += piece;
    st.copied = st.me;
  };

  /// add_s: the replacement string expanded for the match [s, e).
  const expand = (r: Replacement, s: number, e: number): string => {
    const { lits, codes } = r;
    let out = lits[0];
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k];
      if (code === -1) out += M.src.slice(s, e);
      else if (code === -2) M.error("invalid use of '%' in replacement string");
      else {
        const v = M.capture(code, s, e);
        out += typeof v === 'string' ? v : String(v);
      }
      out += lits[k + 1];
    }
    return out;
  };

  const finishGsub = (st: GsubState): LuaValue => L.ret2(st.out + st.src.slice(st.copied), st.n);

  /// The gsub loop from st.pos; returns its results or SUSPEND.
  const gsubRun = (st: GsubState): LuaValue => {
    const { src, prog } = st;
    const len = src.length;
    const anchor = prog.anchor;
    M.reset(src, prog);
    M.where = st.where;
    while (st.n < st.maxS) {
      if (M.sliceOver) return suspendGsub(st, false);
      M.level = 0;
      let pos = st.pos;
      if (!anchor) {
        pos = M.candidate(pos);
        if (pos < 0) break;
      }
      const e = M.match(pos, 0);
      if (e !== -1 && e !== st.lastmatch) {
        st.n++;
        st.ms = pos;
        st.me = e;
        st.pos = st.lastmatch = e;
        if (st.kind === Repl.String) {
          const t = st.text;
          appendOut(st, typeof t === 'string' ? t : expand(t, pos, e));
        } else {
          let v: LuaValue;
          if (st.kind === Repl.Table) v = index(L, st.repl, M.capture(0, pos, e), 0);
          else {
            const args = M.captureArgs(pos, e);
            M.charge();
            enterC(L, 0);
            const f = st.repl;
            v = args.length === 1 ? f(args[0]) : f(...args);
            L.ccalls--;
          }
          if (v === SUSPEND) return suspendGsub(st, true);
          addValue(st, v);
          M.reset(src, prog); // the call may have matched other patterns
          M.where = st.where;
        }
      } else if (pos < len) st.pos = pos + 1;
      else break;
      if (anchor) break;
    }
    M.charge();
    return finishGsub(st);
  };

  /// Saves the gsub loop in a HostFrame: `pending` when a replacement call
  /// suspended (its value completes the current match), else an interrupt.
  const suspendGsub = (st: GsubState, pending: boolean): LuaValue => {
    if (st.where === undefined) st.where = callerInfo(L).where;
    st.pending = pending;
    if (!pending) {
      // A long gsub lets the host's event loop run, as Lua loops do.
      M.sliceOver = false;
      L.request = Req.Interrupt;
    }
    L.push(new HostFrame(gsubK, st, 'string.gsub'));
    return SUSPEND;
  };

  // The continuation of a suspended gsub; named as gsub so that error
  // positions and tracebacks see it as that library level.
  const gsubK = {
    'string.gsub'(_L: LuaState, st: GsubState, v: LuaValue, isThrow: boolean): LuaValue {
      if (isThrow) throw v;
      if (st.pending) {
        st.pending = false;
        addValue(st, v);
        if (st.prog.anchor) return finishGsub(st);
      }
      return gsubRun(st);
    },
  }['string.gsub'];

  const lib = {
    'string.find'(s: LuaValue, p: LuaValue, init: LuaValue, plain: LuaValue): LuaValue {
      return findAux(arguments.length, s, p, init, plain, true);
    },

    'string.match'(s: LuaValue, p: LuaValue, init: LuaValue): LuaValue {
      return findAux(arguments.length, s, p, init, undefined, false);
    },

    'string.gmatch'(s: LuaValue, p: LuaValue, init: LuaValue): LuaValue {
      const nargs = arguments.length;
      const src = checkString(L, s, 1, nargs, 'string.gmatch');
      const pat = checkString(L, p, 2, nargs, 'string.gmatch');
      const ls = src.length;
      let pos = posrelatI(init === undefined ? 1 : checkInt(L, init, 3, nargs, 'string.gmatch'), ls) - 1;
      if (pos > ls) pos = ls + 1;
      const prog = programOf(pat, true);
      let lastmatch = -1;
      const iter = {
        gmatch_aux(): LuaValue {
          M.reset(src, prog);
          for (; pos <= ls; pos++) {
            pos = M.candidate(pos);
            if (pos < 0) break;
            M.level = 0;
            const e = M.match(pos, 0);
            if (e !== -1 && e !== lastmatch) {
              const start = pos;
              pos = lastmatch = e;
              M.charge();
              return M.pushCaptures(start, e, 0);
            }
          }
          if (pos < 0) pos = ls + 1;
          M.charge();
          return L.ret0();
        },
      };
      // PUC's iterator is a C closure with 3 upvalues (debug.upvalueid sees them).
      (iter.gmatch_aux as LuaFunction).CU = 3;
      return L.ret1(iter.gmatch_aux);
    },

    'string.gsub'(s: LuaValue, p: LuaValue, repl: LuaValue, maxN: LuaValue): LuaValue {
      const nargs = arguments.length;
      const src = checkString(L, s, 1, nargs, 'string.gsub');
      const pat = checkString(L, p, 2, nargs, 'string.gsub');
      const isText = typeof repl === 'string' || isNumber(repl);
      const kind = isText ? Repl.String : typeof repl === 'function' ? Repl.Function : Repl.Table;
      // lstrlib reads the count before it checks the replacement's type.
      const maxS = maxN === undefined ? src.length + 1 : checkInt(L, maxN, 4, nargs, 'string.gsub');
      if (!isText && kind === Repl.Table && !(repl instanceof LuaTable))
        typeError(L, 3, 'string/function/table', repl, nargs >= 3, 'string.gsub');
      let text: Replacement | string = '';
      if (isText) {
        const r = typeof repl === 'string' ? repl : numberToString(repl);
        text = r.includes('%') ? parseReplacement(r) : r;
      }
      const st: GsubState = {
        src,
        prog: programOf(pat, false),
        kind,
        repl,
        text,
        maxS,
        n: 0,
        pos: 0,
        lastmatch: -1,
        out: '',
        copied: 0,
        ms: 0,
        me: 0,
        where: undefined,
        pending: false,
      };
      return gsubRun(st);
    },
  };
  registerBuiltins(lib);
  registerBuiltins({ gmatch_aux: 1 });
  return lib;
}
