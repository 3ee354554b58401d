// string.format (PUC's str_format) with C printf's conversions done here, not
// by a host printf: integers (%d %i %u %c %o %x %X) on int64 values, floats
// (%e %E %f %g %G) correctly rounded with ties to even as glibc does, hex
// floats (%a %A) as glibc prints them, %s, %q (a Lua literal), %p.
//
// Specifications are checked as Lua 5.4.4 does: a specification spans the
// flags, digits and '.' that follow '%' plus one character (at most 21 in
// all: "invalid format (too long)"); then each conversion accepts its own
// flags, a width and a precision of at most two digits ("invalid conversion
// specification: '%...'"); an unknown conversion is "invalid conversion
// '%...' to 'format'". The order of the argument check and the
// specification check differs between conversions, as in lstrlib.c.

import { tostringBasic } from '../runtime/metamethods.js';
import {
  bigOf,
  expDigits,
  fixedDigits,
  fmtG,
  isFloat,
  MININTEGER,
  nonFinite,
  numberToString,
} from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaFloat, LuaInt, type LuaValue } from '../runtime/value.js';
import { argError, checkDouble, checkInteger, libError } from './args.js';
import { tostring } from './base.js';

const FNAME = 'string.format';

// Flags each conversion accepts (lstrlib.c's L_FMTFLAGS*).
const FLAGS_F = '-+#0 '; // a A e E f g G
const FLAGS_X = '-#0'; // o x X
const FLAGS_I = '-+0 '; // d i
const FLAGS_U = '-0'; // u
const FLAGS_C = '-'; // c p s

/// MAX_FORMAT - 10: the longest specification (flags, digits, '.', and the
/// conversion) is one character less.
const MAX_SPEC = 22;

/// A parsed conversion specification such as '%-+08.3f'.
interface Spec {
  /// The specification as written, '%' included (for messages).
  form: string;
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  /// -1 when absent.
  prec: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57; // '0'-'9'
}

function isAlpha(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122; // 'a'-'z', 'A'-'Z'
}

/// lstrlib's checkformat: flags from `flags`, a width that does not start
/// with '0', and (if `precision`) a precision, each of at most two digits.
function checkFormat(L: LuaState, form: string, flags: string, precision: boolean): Spec {
  const sp = parseSpec(form, flags, precision);
  if (sp === undefined) libError(L, `invalid conversion specification: '${form}'`);
  return sp;
}

/// checkFormat's parse: undefined for an invalid specification.
function parseSpec(form: string, flags: string, precision: boolean): Spec | undefined {
  const sp: Spec = {
    form,
    left: false,
    plus: false,
    space: false,
    alt: false,
    zero: false,
    width: 0,
    prec: -1,
  };
  let p = 1;
  for (; p < form.length && flags.includes(form[p]); p++) {
    const f = form[p];
    if (f === '-') sp.left = true;
    else if (f === '+') sp.plus = true;
    else if (f === ' ') sp.space = true;
    else if (f === '#') sp.alt = true;
    else sp.zero = true;
  }
  if (form.charCodeAt(p) !== 48) {
    // '0': a width cannot start with it
    for (let n = 0; n < 2 && isDigit(form.charCodeAt(p)); n++, p++)
      sp.width = sp.width * 10 + form.charCodeAt(p) - 48;
    if (form[p] === '.' && precision) {
      p++;
      sp.prec = 0;
      for (let n = 0; n < 2 && isDigit(form.charCodeAt(p)); n++, p++)
        sp.prec = sp.prec * 10 + form.charCodeAt(p) - 48;
    }
  }
  return isAlpha(form.charCodeAt(p)) ? sp : undefined;
}

/// Pads `body` (already signed) to the width: spaces on the left or right,
/// or zeros after the sign and `prefixLen` prefix characters.
function pad(sp: Spec, body: string, zeros: boolean, prefixLen: number): string {
  const n = sp.width - body.length;
  if (n <= 0) return body;
  if (sp.left) return body + ' '.repeat(n);
  if (zeros) return body.slice(0, prefixLen) + '0'.repeat(n) + body.slice(prefixLen);
  return ' '.repeat(n) + body;
}

/// Whether x is negative, -0 or a NaN with the sign bit set (printed '-nan').
function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0) || (Number.isNaN(x) && nonFinite(x, false) === '-nan');
}

/// The sign a conversion prints for a value: '-', '+', ' ' or ''.
function signOf(sp: Spec, neg: boolean): string {
  return neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : '';
}

// ----------------------------------------------------------------- integers

/// %d %i %u %o %x %X of an int64 value.
function formatInt(sp: Spec, v: LuaValue, conv: string): string {
  let neg = false;
  let digits: string;
  if (conv === 'd' || conv === 'i') {
    if (typeof v === 'number') {
      neg = v < 0;
      digits = String(neg ? -v : v);
    } else {
      const i = bigOf(v);
      neg = i < 0n;
      digits = (neg ? -i : i).toString();
    }
  } else {
    const u = typeof v === 'number' && v >= 0 ? v : BigInt.asUintN(64, bigOf(v));
    const radix = conv === 'u' ? 10 : conv === 'o' ? 8 : 16;
    digits = u.toString(radix);
    if (conv === 'X') digits = digits.toUpperCase();
  }
  const zero = digits === '0';
  if (sp.prec >= 0) {
    if (sp.prec === 0 && zero) digits = '';
    else if (digits.length < sp.prec) digits = '0'.repeat(sp.prec - digits.length) + digits;
  }
  let prefix = conv === 'd' || conv === 'i' ? signOf(sp, neg) : '';
  if (sp.alt) {
    if (conv === 'o' && digits[0] !== '0') digits = '0' + digits;
    else if (conv === 'x' && !zero) prefix = '0x';
    else if (conv === 'X' && !zero) prefix = '0X';
  }
  return pad(sp, prefix + digits, sp.zero && sp.prec < 0, prefix.length);
}

// ------------------------------------------------------------------- floats

/// %e %E %f %g %G of a double.
function formatFloat(sp: Spec, x: number, conv: string): string {
  const upper = conv === 'E' || conv === 'G';
  const neg = signBit(x);
  if (!Number.isFinite(x)) return pad(sp, signOf(sp, neg) + nonFinite(x, upper).replace('-', ''), false, 0);
  const ax = neg ? -x : x;
  const prec = sp.prec < 0 ? 6 : sp.prec;
  let body: string;
  if (conv === 'f') {
    body = fixedDigits(ax, prec);
    if (sp.alt && prec === 0) body += '.';
  } else if (conv === 'e' || conv === 'E') body = fmtE(ax, prec, sp.alt, upper);
  else body = fmtG(ax, prec, sp.alt, upper);
  const sign = signOf(sp, neg);
  return pad(sp, sign + body, sp.zero, sign.length);
}

/// C's %e of ax >= 0: 'd.ddde+XX' with prec digits after the point.
function fmtE(ax: number, prec: number, alt: boolean, upper: boolean): string {
  let mant: string;
  let exp = 0;
  if (ax === 0) mant = prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  else {
    const s = expDigits(ax, prec + 1);
    const k = s.indexOf('e');
    mant = s.slice(0, k);
    exp = Number(s.slice(k + 1));
  }
  if (alt && prec === 0) mant += '.';
  const ae = Math.abs(exp);
  return mant + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
}

const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/// glibc's %a of ax >= 0 (finite) without sign: '0x1.8p+1'; `prec` hex digits
/// after the point (-1: as many as needed), rounded to nearest even.
function hexBody(ax: number, prec: number, alt: boolean): string {
  f64[0] = ax;
  const hi = f64Words[HI];
  const bexp = (hi >>> 20) & 0x7ff;
  let frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(f64Words[1 - HI]);
  let lead = bexp === 0 ? 0n : 1n;
  const exp = ax === 0 ? 0 : bexp === 0 ? -1022 : bexp - 1023;
  let digits: string;
  if (prec < 0) {
    digits = frac.toString(16).padStart(13, '0').replace(/0+$/, '');
  } else {
    if (prec < 13) {
      // Round lead.frac at `prec` hex digits; a carry makes the lead digit 2
      // (glibc keeps the exponent: '%.0a' of 1.5 is 0x2p+0).
      const shift = BigInt(52 - 4 * prec);
      let q = (lead << 52n) | frac;
      const rem = q & ((1n << shift) - 1n);
      const half = 1n << (shift - 1n);
      q >>= shift;
      if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
      lead = q >> BigInt(4 * prec);
      frac = q & ((1n << BigInt(4 * prec)) - 1n);
    }
    digits = prec === 0 ? '' : frac.toString(16).padStart(Math.min(prec, 13), '0').padEnd(prec, '0');
  }
  const point = digits.length > 0 || alt ? '.' : '';
  return `0x${lead}${point}${digits}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/// %a %A.
function formatHex(sp: Spec, x: number, upper: boolean): string {
  const neg = signBit(x);
  const sign = signOf(sp, neg);
  if (!Number.isFinite(x)) return pad(sp, sign + nonFinite(x, upper).replace('-', ''), false, 0);
  let body = sign + hexBody(neg ? -x : x, sp.prec, sp.alt);
  if (upper) body = body.toUpperCase();
  return pad(sp, body, sp.zero, sign.length + 2);
}

// ----------------------------------------------------------------------- %q

/// A string as a Lua literal (lstrlib's addquoted).
export function quoteString(s: string): string {
  let out = '"';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // '"', '\\', '\n', control characters (C's iscntrl: 0-31 and 127)
    if (c !== 34 && c !== 92 && c !== 10 && c >= 32 && c !== 127) continue;
    out += s.slice(from, i);
    from = i + 1;
    if (c === 34 || c === 92 || c === 10) out += '\\' + s[i];
    else if (isDigit(s.charCodeAt(i + 1))) out += '\\' + String(c).padStart(3, '0');
    else out += '\\' + c;
  }
  return out + s.slice(from) + '"';
}

/// %q: a literal that reads back as the same value.
function addLiteral(L: LuaState, v: LuaValue, arg: number): string {
  if (typeof v === 'string') return quoteString(v);
  if (typeof v === 'number' || v instanceof LuaInt || v instanceof LuaFloat) {
    if (isFloat(v)) {
      const x = v instanceof LuaFloat ? v.n : (v as number);
      if (x === Infinity) return '1e9999';
      if (x === -Infinity) return '-1e9999';
      if (Number.isNaN(x)) return '(0/0)';
      return (x < 0 || Object.is(x, -0) ? '-' : '') + hexBody(Math.abs(x), -1, false);
    }
    if (v instanceof LuaInt && v.v === (MININTEGER as LuaInt).v) return '0x8000000000000000';
    return numberToString(v);
  }
  if (v === undefined || typeof v === 'boolean') return String(v === undefined ? 'nil' : v);
  argError(L, arg, 'value has no literal form', FNAME);
}

// ----------------------------------------------------------------- %s, %p

/// %s with modifiers: the string (no zeros) truncated to the precision and
/// padded to the width.
function formatString(L: LuaState, s: string, form: string, arg: number): string {
  if (s.indexOf('\0') >= 0) argError(L, arg, 'string contains zeros', FNAME);
  const sp = checkFormat(L, form, FLAGS_C, true);
  if (sp.prec < 0 && s.length >= 100) return s; // too long to be formatted
  return pad(sp, sp.prec >= 0 ? s.slice(0, sp.prec) : s, false, 0);
}

/// LUAI_MAXSHORTLEN: longer strings are not interned by PUC.
const MAXSHORTLEN = 40;
let longStrings = 0;

/// The address %p shows: the one tostring shows, '(null)' for values that
/// are not objects.
function pointerOf(L: LuaState, v: LuaValue): string {
  if (
    v === undefined ||
    typeof v === 'boolean' ||
    typeof v === 'number' ||
    v instanceof LuaInt ||
    v instanceof LuaFloat
  )
    return '(null)';
  if (typeof v === 'string') {
    // JS strings have no identity: short strings, which PUC interns, get an
    // address from their contents; long ones a new address each time.
    let h = v.length > MAXSHORTLEN ? ++longStrings : 0x811c9dc5;
    if (v.length <= MAXSHORTLEN)
      for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x01000193);
    return '0x' + (0x560000000000 + (h >>> 0) * 16).toString(16);
  }
  const s = tostringBasic(L, v);
  return s.slice(s.lastIndexOf(' ') + 1);
}

// --------------------------------------------------------------------- main

/// One conversion of a parsed format, with the text that follows it.
interface Piece {
  conv: string;
  sp: Spec;
  tail: string;
}

/// A format whose specifications are all valid, parsed: the text before the
/// first conversion, then the conversions.
interface Parsed {
  head: string;
  pieces: Piece[];
  /// What the format's own length adds to the step charge.
  cost: number;
}

/// Formats parsed so far (null: one that string.format must check as it
/// goes, since it raises an error at some specification).
const parsedFormats = new Map<string, Parsed | null>();
const MAX_PARSED = 512;

function parseFormat(fmt: string): Parsed | null {
  const pieces: Piece[] = [];
  let head = '';
  let text = '';
  const n = fmt.length;
  for (let p = 0; p < n; p++) {
    const c = fmt.charCodeAt(p);
    if (c !== 37) {
      text += fmt[p];
      continue;
    }
    p++;
    if (fmt.charCodeAt(p) === 37) {
      text += '%';
      continue;
    }
    const q = specEnd(fmt, p);
    if (q + 1 - p >= MAX_SPEC || q >= n) return null;
    const form = '%' + fmt.slice(p, q + 1);
    const conv = fmt[q];
    const flags = FLAGS_OF[conv];
    if (flags === undefined || ((conv === 'q' || conv === 's') && form.length > 2)) return null;
    const sp = parseSpec(form, flags, conv !== 'c' && conv !== 'p');
    if (sp === undefined) return null;
    if (pieces.length === 0) head = text;
    else pieces[pieces.length - 1].tail = text;
    text = '';
    pieces.push({ conv, sp, tail: '' });
    p = q;
  }
  if (pieces.length === 0) head = text;
  else pieces[pieces.length - 1].tail = text;
  return { head, pieces, cost: n >> 6 };
}

/// getformat's scan: the index of the conversion character of the
/// specification whose flags start at p (n when the format ends first).
function specEnd(fmt: string, p: number): number {
  while (p < fmt.length && '-+#0 123456789.'.includes(fmt[p])) p++;
  return p;
}

/// The flags each conversion accepts.
const FLAGS_OF: Record<string, string | undefined> = {
  c: FLAGS_C,
  p: FLAGS_C,
  s: FLAGS_C,
  q: FLAGS_C,
  d: FLAGS_I,
  i: FLAGS_I,
  u: FLAGS_U,
  o: FLAGS_X,
  x: FLAGS_X,
  X: FLAGS_X,
  a: FLAGS_F,
  A: FLAGS_F,
  e: FLAGS_F,
  E: FLAGS_F,
  f: FLAGS_F,
  g: FLAGS_F,
  G: FLAGS_F,
};

/// string.format(fmt, ...): `args[0]` is the format.
export function strFormat(L: LuaState, fmt: string, args: LuaValue[]): string {
  let parsed = parsedFormats.get(fmt);
  if (parsed === undefined) {
    if (parsedFormats.size >= MAX_PARSED) parsedFormats.clear();
    parsed = parseFormat(fmt);
    parsedFormats.set(fmt, parsed);
  }
  if (parsed !== null) return formatParsed(L, parsed, args);
  const top = args.length;
  let arg = 0; // index in args of the last argument used
  let out = '';
  let from = 0;
  const n = fmt.length;
  for (let p = 0; p < n; p++) {
    if (fmt.charCodeAt(p) !== 37) continue; // '%'
    out += fmt.slice(from, p);
    p++;
    if (fmt.charCodeAt(p) === 37) {
      out += '%';
      from = p + 1;
      continue;
    }
    if (++arg >= top) argError(L, arg + 1, 'no value', FNAME);
    // getformat: flags, digits and '.', then the conversion character
    const q = specEnd(fmt, p);
    if (q + 1 - p >= MAX_SPEC) libError(L, 'invalid format (too long)');
    const form = '%' + fmt.slice(p, q + 1);
    const item = formatItem(L, form, fmt[q] ?? '', args[arg], arg + 1);
    if (out.length + item.length > L.maxStringBytes) L.checkString(out.length + item.length, 0);
    out += item;
    p = q;
    from = q + 1;
  }
  L.charge(arg + (n >> 6));
  return out + fmt.slice(from);
}

/// strFormat with a parsed format.
function formatParsed(L: LuaState, parsed: Parsed, args: LuaValue[]): string {
  const pieces = parsed.pieces;
  const top = args.length;
  let out = parsed.head;
  for (let k = 0; k < pieces.length; k++) {
    const pc = pieces[k];
    if (k + 1 >= top) argError(L, k + 2, 'no value', FNAME);
    const item = formatItem(L, pc.sp.form, pc.conv, args[k + 1], k + 2, pc.sp);
    if (out.length + item.length > L.maxStringBytes) L.checkString(out.length + item.length, 0);
    out += item + pc.tail;
  }
  L.charge(pieces.length + parsed.cost);
  return out;
}

/// One conversion of argument v (argument number `arg`); `parsed` is its
/// specification when the format was parsed beforehand.
function formatItem(
  L: LuaState,
  form: string,
  conv: string,
  v: LuaValue,
  arg: number,
  parsed?: Spec,
): string {
  const nargs = arg; // the argument is present
  switch (conv) {
    case 'c': {
      const sp = parsed ?? checkFormat(L, form, FLAGS_C, false);
      const i = checkInteger(L, v, arg, nargs, FNAME);
      return pad(
        sp,
        String.fromCharCode(typeof i === 'number' ? i & 255 : Number(BigInt.asUintN(8, bigOf(i)))),
        false,
        0,
      );
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const i = checkInteger(L, v, arg, nargs, FNAME);
      return formatInt(parsed ?? checkFormat(L, form, FLAGS_OF[conv]!, true), i, conv);
    }
    case 'a':
    case 'A': {
      const sp = parsed ?? checkFormat(L, form, FLAGS_F, true);
      return formatHex(sp, checkDouble(L, v, arg, nargs, FNAME), conv === 'A');
    }
    case 'f':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      const x = checkDouble(L, v, arg, nargs, FNAME);
      return formatFloat(parsed ?? checkFormat(L, form, FLAGS_F, true), x, conv);
    }
    case 'p': {
      const sp = parsed ?? checkFormat(L, form, FLAGS_C, false);
      return pad(sp, pointerOf(L, v), false, 0);
    }
    case 'q':
      if (form.length > 2) libError(L, "specifier '%q' cannot have modifiers");
      return addLiteral(L, v, arg);
    case 's': {
      const s = tostring(L, v);
      return form.length === 2 ? s : formatString(L, s, form, arg);
    }
    default: {
      const z = form.indexOf('\0'); // C sees the format up to a zero
      libError(L, `invalid conversion '${z < 0 ? form : form.slice(0, z)}' to 'format'`);
    }
  }
}
