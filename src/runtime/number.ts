// Lua numbers: int64 integers with wrap-around and IEEE floats, kept apart.
//
// Representation (see value.ts): a plain JS number is an integer when it is
// integral (|n| <= 2^53-1, never -0) and a float otherwise; LuaInt boxes the
// other int64 values and LuaFloat the integral-valued floats. This module owns
// every conversion between the forms and the slow paths of arithmetic: the
// compiler emits the plain-number fast paths inline and calls these functions
// when an operand is boxed or a result leaves the safe range.
//
// Naming: `a`, `b` are Lua numbers in any form; `i`, `j` are bigints holding
// an int64; `x`, `y` are JS doubles holding a float value.

import { LuaFloat, LuaInt, type LuaValue, MAX_SAFE } from './value.js';

const TWO63 = 9223372036854775808; // 2^63 as a double
const BIG_MIN = -(1n << 63n);
const BIG_MAX = (1n << 63n) - 1n;

export const MININTEGER: LuaValue = new LuaInt(BIG_MIN);
export const MAXINTEGER: LuaValue = new LuaInt(BIG_MAX);

// ------------------------------------------------------------ construction

/// The Lua integer for an int64 held in a bigint (already in range).
export function intFromBig(i: bigint): LuaValue {
  return i >= -9007199254740991n && i <= 9007199254740991n ? Number(i) : new LuaInt(i);
}

/// Wraps an arbitrary bigint modulo 2^64 into the int64 range.
export function wrapBig(i: bigint): LuaValue {
  return intFromBig(BigInt.asIntN(64, i));
}

/// The Lua float with value x.
export function mkfloat(x: number): LuaValue {
  return Number.isInteger(x) ? new LuaFloat(x) : x;
}

/// The Lua integer with the value of a JS integer that may be outside the
/// safe range (exact for any integral double in the int64 range).
export function intFromDouble(x: number): LuaValue {
  if (x >= -MAX_SAFE && x <= MAX_SAFE) return x + 0; // + 0 turns -0 into 0
  return new LuaInt(BigInt(x));
}

// ----------------------------------------------------------- classification

export function isNumber(v: LuaValue): boolean {
  return typeof v === 'number' || v instanceof LuaInt || v instanceof LuaFloat;
}

export function isInteger(v: LuaValue): boolean {
  return typeof v === 'number' ? Number.isInteger(v) : v instanceof LuaInt;
}

export function isFloat(v: LuaValue): boolean {
  return typeof v === 'number' ? !Number.isInteger(v) : v instanceof LuaFloat;
}

/// math.type: 'integer', 'float' or undefined.
export function numberType(v: LuaValue): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'float';
  if (v instanceof LuaInt) return 'integer';
  if (v instanceof LuaFloat) return 'float';
  return undefined;
}

/// The value of an integer as a bigint.
export function bigOf(a: LuaValue): bigint {
  return typeof a === 'number' ? BigInt(a) : (a as LuaInt).v;
}

/// The value of a number as a double (integers converted, rounding to nearest).
export function toDouble(a: LuaValue): number {
  if (typeof a === 'number') return a;
  if (a instanceof LuaFloat) return a.n;
  return Number((a as LuaInt).v);
}

// ------------------------------------------------------ float -> integer

/// The integer with the exact value of float x, or undefined (F2Ieq).
export function floatToInt(x: number): LuaValue | undefined {
  if (!Number.isInteger(x)) return undefined;
  if (x >= -TWO63 && x < TWO63) return intFromDouble(x);
  return undefined;
}

/// Converts a number to an integer when its value is integral (lua_tointegerx
/// without string coercion): ints as they are, floats only when exact.
export function toInteger(a: LuaValue): LuaValue | undefined {
  if (typeof a === 'number') return Number.isInteger(a) ? a : undefined;
  if (a instanceof LuaInt) return a;
  if (a instanceof LuaFloat) return floatToInt(a.n);
  return undefined;
}

/// Integer value of a number or numeric string for bitwise and library use;
/// undefined when there is no exact integer.
export function toIntegerStr(a: LuaValue): LuaValue | undefined {
  if (typeof a === 'string') {
    const n = str2number(a);
    return n === undefined ? undefined : toInteger(n);
  }
  return toInteger(a);
}

// ------------------------------------------------------------- arithmetic

/// Integer addition, subtraction and multiplication with wrap-around, for
/// operands known to be integers (plain or boxed).
export function intAdd(a: LuaValue, b: LuaValue): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrapBig(bigOf(a) + bigOf(b));
}

export function intSub(a: LuaValue, b: LuaValue): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrapBig(bigOf(a) - bigOf(b));
}

export function intMul(a: LuaValue, b: LuaValue): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
  }
  return wrapBig(bigOf(a) * bigOf(b));
}

/// Floor division of integers; undefined when b is zero (the caller raises).
export function intIdiv(a: LuaValue, b: LuaValue): LuaValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return undefined;
    return Math.floor(a / b) + 0;
  }
  const i = bigOf(a);
  const j = bigOf(b);
  if (j === 0n) return undefined;
  if (j === -1n) return wrapBig(-i);
  let q = i / j;
  if (i % j !== 0n && i < 0n !== j < 0n) q -= 1n;
  return intFromBig(q);
}

/// Modulo of integers (sign of the divisor); undefined when b is zero.
export function intMod(a: LuaValue, b: LuaValue): LuaValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return undefined;
    const r = a % b;
    return r !== 0 && (r ^ b) < 0 && r < 0 !== b < 0 ? r + b : r + 0;
  }
  const i = bigOf(a);
  const j = bigOf(b);
  if (j === 0n) return undefined;
  if (j === -1n) return 0;
  let r = i % j;
  if (r !== 0n && r < 0n !== j < 0n) r += j;
  return intFromBig(r);
}

export function intNeg(a: LuaValue): LuaValue {
  if (typeof a === 'number') return -a + 0;
  return wrapBig(-(a as LuaInt).v);
}

/// Float modulo as luai_nummod: fmod, then adjust towards the divisor's sign.
export function floatMod(x: number, y: number): number {
  let m = x % y;
  if (m > 0 ? y < 0 : m < 0 && y > 0) m += y;
  return m;
}

/// pow as C's pow, where JavaScript's Math.pow differs.
export function floatPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(y)) return Number.NaN;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return x ** y;
}

// --------------------------------------------------------------- bitwise

function bitOperand(a: LuaValue): bigint | undefined {
  if (typeof a === 'number') {
    if (Number.isInteger(a)) return BigInt(a);
    return undefined;
  }
  if (a instanceof LuaInt) return a.v;
  if (a instanceof LuaFloat) {
    const i = floatToInt(a.n);
    return i === undefined ? undefined : bigOf(i);
  }
  return undefined;
}

/// Integer operands of a bitwise operation, or undefined when one is not a
/// number with an exact integer value (caller decides which error applies).
export function bitPair(a: LuaValue, b: LuaValue): [bigint, bigint] | undefined {
  const i = bitOperand(a);
  const j = bitOperand(b);
  return i === undefined || j === undefined ? undefined : [i, j];
}

export function bigShl(i: bigint, n: bigint): LuaValue {
  if (n < 0n) return bigShr(i, -n);
  if (n >= 64n) return 0;
  return wrapBig(i << n);
}

export function bigShr(i: bigint, n: bigint): LuaValue {
  if (n < 0n) return bigShl(i, -n);
  if (n >= 64n) return 0;
  return wrapBig(BigInt.asUintN(64, i) >> n);
}

/// Bitwise binary operation on int64 values ('&', '|', '~', '<<', '>>').
export function bigBitwise(op: string, i: bigint, j: bigint): LuaValue {
  switch (op) {
    case '&':
      return intFromBig(i & j);
    case '|':
      return intFromBig(i | j);
    case '~':
      return intFromBig(i ^ j);
    case '<<':
      return bigShl(i, j);
    default:
      return bigShr(i, j);
  }
}

// ------------------------------------------------------------ comparison

/// a < b for numbers (any forms), exact across integers and floats.
export function numLt(a: LuaValue, b: LuaValue): boolean {
  if (!(a instanceof LuaInt) && !(b instanceof LuaInt)) return toDouble(a) < toDouble(b);
  return cmpNum(a, b) === -1;
}

/// a <= b for numbers, exact.
export function numLe(a: LuaValue, b: LuaValue): boolean {
  if (!(a instanceof LuaInt) && !(b instanceof LuaInt)) return toDouble(a) <= toDouble(b);
  const c = cmpNum(a, b);
  return c === -1 || c === 0;
}

/// a == b for numbers, exact.
export function numEq(a: LuaValue, b: LuaValue): boolean {
  if (!(a instanceof LuaInt) && !(b instanceof LuaInt)) return toDouble(a) === toDouble(b);
  return cmpNum(a, b) === 0;
}

/// Three-way comparison where one side is a LuaInt; NaN compares as 2
/// (unordered: all of <, <=, == are false).
function cmpNum(a: LuaValue, b: LuaValue): number {
  if (a instanceof LuaInt && b instanceof LuaInt) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (a instanceof LuaInt) {
    const c = cmpIntFloat(b, a.v);
    return c === 2 ? 2 : -c || 0;
  }
  return cmpIntFloat(a, (b as LuaInt).v);
}

/// Compares the number a (not a LuaInt) with the int64 i: sign of a - i.
function cmpIntFloat(a: LuaValue, i: bigint): number {
  const x = toDouble(a);
  if (Number.isNaN(x)) return 2;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const f = Math.floor(x);
  const fi = BigInt(f);
  if (fi < i) return -1;
  if (fi > i) return 1;
  return x > f ? 1 : 0;
}

// --------------------------------------------------- string <-> number

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13); // ' ', \t \n \v \f \r
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48; // '0'-'9'
  c |= 32;
  if (c >= 97 && c <= 102) return c - 87; // 'a'-'f'
  return -1;
}

/// Converts a string to a Lua number as the lexer and luaO_str2num do:
/// decimal or hex integers (hex wraps around, decimal overflow gives a float),
/// decimal floats, hex floats; surrounding C whitespace allowed. Returns
/// undefined when the whole string is not a numeral.
export function str2number(s: string): LuaValue | undefined {
  const i = str2int(s);
  if (i !== undefined) return i;
  return str2float(s);
}

function str2int(s: string): LuaValue | undefined {
  let p = 0;
  const n = s.length;
  while (p < n && isSpace(s.charCodeAt(p))) p++;
  let neg = false;
  if (s.charCodeAt(p) === 45) {
    neg = true; // '-'
    p++;
  } else if (s.charCodeAt(p) === 43) p++; // '+'
  let acc = 0n;
  let small = 0;
  let empty = true;
  if (s.charCodeAt(p) === 48 && (s.charCodeAt(p + 1) | 32) === 120) {
    // '0x'
    p += 2;
    for (let d: number; p < n && (d = hexValue(s.charCodeAt(p))) >= 0; p++) {
      acc = BigInt.asUintN(64, acc * 16n + BigInt(d));
      empty = false;
    }
  } else {
    let big = false;
    for (let c: number; p < n && (c = s.charCodeAt(p)) >= 48 && c <= 57; p++) {
      empty = false;
      if (!big) {
        if (small < 1e14) {
          small = small * 10 + (c - 48);
          continue;
        }
        big = true;
        acc = BigInt(small);
      }
      acc = acc * 10n + BigInt(c - 48);
      if (acc > (neg ? -BIG_MIN : BIG_MAX)) return undefined; // overflow: float
    }
    if (!big) acc = BigInt(small);
  }
  while (p < n && isSpace(s.charCodeAt(p))) p++;
  if (empty || p !== n) return undefined;
  return wrapBig(neg ? -acc : acc);
}

const DECIMAL_FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

function str2float(s: string): LuaValue | undefined {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  const t = s.slice(a, b);
  let x: number | undefined;
  if (/^[+-]?0[xX]/.test(t)) x = hexFloat(t);
  else if (DECIMAL_FLOAT.test(t)) x = Number(t);
  return x === undefined ? undefined : mkfloat(x);
}

/// Parses a hexadecimal float numeral ('0x1.8p3', '-0xA.', '0x.1'), exactly
/// rounded; undefined if malformed.
export function hexFloat(t: string): number | undefined {
  let p = 0;
  let neg = false;
  if (t[p] === '-' || t[p] === '+') neg = t[p++] === '-';
  p += 2; // '0x'
  let mant = 0n;
  let exp = 0;
  let any = false;
  let seenDot = false;
  for (; p < t.length; p++) {
    const c = t.charCodeAt(p);
    if (c === 46) {
      // '.'
      if (seenDot) return undefined;
      seenDot = true;
      continue;
    }
    const d = hexValue(c);
    if (d < 0) break;
    any = true;
    if (mant < 1n << 200n) {
      mant = mant * 16n + BigInt(d);
      if (seenDot) exp -= 4;
    } else if (!seenDot) exp += 4; // digits beyond precision still scale
  }
  if (!any) return undefined;
  if (p < t.length && (t.charCodeAt(p) | 32) === 112) {
    // 'p'
    const m = /^[pP]([+-]?[0-9]+)$/.exec(t.slice(p));
    if (!m) return undefined;
    exp += Math.max(-100000, Math.min(100000, Number(m[1])));
  } else if (p !== t.length) return undefined;
  const x = bigTimesPow2(mant, exp);
  return neg ? -x : x;
}

/// m * 2^e correctly rounded to a double (round half to even).
export function bigTimesPow2(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Keep 53 significant bits, or fewer when the result is subnormal.
  const top = bits + e; // the value is in [2^(top-1), 2^top)
  let keep = 53;
  if (top - 53 < -1074) keep = top + 1074;
  if (keep <= 0) {
    if (keep === 0 && m > 1n << BigInt(bits - 1)) return 2 ** -1074; // just above half of min subnormal
    return 0;
  }
  const drop = bits - keep;
  if (drop > 0) {
    const half = 1n << BigInt(drop - 1);
    const rem = m & ((1n << BigInt(drop)) - 1n);
    m >>= BigInt(drop);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
    e += drop;
  }
  // m now has at most 54 bits and converts exactly; scale in two steps to
  // avoid overflow of the power itself.
  let x = Number(m);
  if (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  } else if (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

// ------------------------------------------------------------- to string

/// The text of a number as tostring/print show it (LUAI_NUMFFORMAT "%.14g",
/// with ".0" added to integral-looking floats).
export function numberToString(a: LuaValue): string {
  let s: string;
  if (typeof a === 'number') {
    if (Number.isInteger(a)) return String(a);
    s = fmtG14(a);
  } else if (a instanceof LuaInt) return a.v.toString();
  else s = fmtG14((a as LuaFloat).n);
  return /^-?[0-9]+$/.test(s) ? s + '.0' : s;
}

/// C's printf("%.14g", x).
export function fmtG14(x: number): string {
  return fmtG(x, 14, false, false);
}

/// C's %g conversion: `prec` significant digits; `alt` keeps trailing zeros
/// ('#' flag); `upper` for %G.
export function fmtG(x: number, prec: number, alt: boolean, upper: boolean): string {
  if (!Number.isFinite(x)) return nonFinite(x, upper);
  if (prec === 0) prec = 1;
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return (neg ? '-' : '') + (alt ? '0.' + '0'.repeat(prec - 1) : '0');
  const e = expDigits(neg ? -x : x, prec); // d.ddde+X, rounded as C rounds
  const k = e.indexOf('e');
  const exp = Number(e.slice(k + 1));
  const digits = k > 1 ? e[0] + e.slice(2, k) : e[0];
  let out: string;
  if (exp < -4 || exp >= prec) {
    if (alt && exp === prec && isGlibcCarry(neg ? -x : x, digits))
      return (neg ? '-' : '') + (upper ? '1.E+' : '1.e+') + pad2(exp);
    let m = digits[0] + (digits.length > 1 || alt ? '.' + digits.slice(1) : '');
    if (!alt) m = stripZeros(m);
    const ae = Math.abs(exp);
    out = m + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  } else if (exp >= 0) {
    const int = digits.slice(0, exp + 1);
    const frac = digits.slice(exp + 1);
    out = int + (frac.length || alt ? '.' + frac : '');
    if (!alt) out = stripZeros(out);
  } else {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
    if (!alt) out = stripZeros(out);
  }
  return neg ? '-' + out : out;
}

// Decimal conversions as glibc's printf makes them: the exact binary value
// rounded to nearest, ties to even. JavaScript's toExponential and toFixed
// round exact ties away from zero (and toFixed gives up at 1e21), so they are
// the fast path, and the rare exact ties go through BigInt.
//
// A tie needs |x| = (q + 1/2) * 10^r exactly, i.e. x = m * 2^(r-1) with m odd
// and, when r > 0, m a multiple of 5^r: `isDecimalTie` tests that with two
// exact floating-point operations.

/// 5^r for r in 0..22 (exact doubles; an odd m < 2^53 has no larger factor).
const POW5 = Array.from({ length: 23 }, (_, r) => 5 ** r);

/// 2^k for k in -POW2_BIAS..POW2_BIAS + 99, the range of 1 - r below (r is
/// the place of the last digit: 10^-424 for 101 digits of 5e-324, at most
/// 10^308).
const POW2_BIAS = 350;
const POW2 = Float64Array.from({ length: 2 * POW2_BIAS + 100 }, (_, i) => 2 ** (i - POW2_BIAS));

/// Whether ax (> 0, finite) lies exactly halfway between two multiples of 10^r.
function isDecimalTie(ax: number, r: number): boolean {
  const m = ax * POW2[1 - r + POW2_BIAS]; // exact: a power of two, no overflow
  if (m % 2 !== 1) return false;
  return r <= 0 || (r < POW5.length && m % POW5[r] === 0);
}

/// ax (> 0, finite) with n significant digits (1 <= n <= 101) in the form of
/// toExponential: 'd.ddde+X'.
export function expDigits(ax: number, n: number): string {
  const s = ax.toExponential(n - 1);
  const k = n > 1 ? n + 1 : 1; // index of 'e'
  let exp = 0;
  for (let i = k + 2; i < s.length; i++) exp = exp * 10 + s.charCodeAt(i) - 48;
  if (s.charCodeAt(k + 1) === 45) exp = -exp; // '-'
  const r = exp - n + 1;
  if (isDecimalTie(ax, r)) return exactExp(ax, n);
  // A result 1.00...e+X may come from a carry: the rounding place was r - 1.
  if (
    (n === 1 || s.charCodeAt(k - 1) === 48) &&
    s.charCodeAt(0) === 49 &&
    /^1\.?0*e/.test(s) &&
    isDecimalTie(ax, r - 1)
  )
    return exactExp(ax, n);
  return s;
}

/// ax (>= 0, finite) with p digits after the point (0 <= p <= 100), like
/// toFixed but exact at every magnitude.
export function fixedDigits(ax: number, p: number): string {
  if (p <= 15) {
    // ax * 10^p is one rounding (at most half an ulp, below y * 2^-53) away
    // from the exact product: unless its fraction is that close to one half,
    // rounding it gives the digits toFixed would.
    const y = ax * TENS[p];
    if (y < 4503599627370496) {
      const n = Math.floor(y);
      const f = y - n;
      if (Math.abs(f - 0.5) > y * 2.3e-16) return placePoint(f > 0.5 ? n + 1 : n, p);
    }
  }
  if (ax < 1e21 && (ax === 0 || !isDecimalTie(ax, -p))) return ax.toFixed(p);
  return exactFixed(ax, p);
}

const TENS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// The integer n (below 2^53) divided by 10^p, with p digits after the point.
function placePoint(n: number, p: number): string {
  const d = `${n}`;
  if (p === 0) return d;
  const k = d.length - p;
  if (k > 0) return `${d.slice(0, k)}.${d.slice(k)}`;
  return `0.${'0'.repeat(-k)}${d}`;
}

const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // high word index

/// The exact value of ax (> 0, finite) as an integer n and a power of ten:
/// ax = n * 10^e (e <= 0 only when ax has a fraction).
function exactDecimal(ax: number): { n: bigint; e: number } {
  f64[0] = ax;
  const hi = f64Words[HI];
  const lo = f64Words[1 - HI];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e = -1074;
  if (bexp > 0) {
    m += 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return { n: m << BigInt(e), e: 0 };
  return { n: m * 5n ** BigInt(-e), e };
}

/// Whether the digits `d` rounded at `keep` digits round up (ties to even).
function roundsUp(d: string, keep: number): boolean {
  const c = d.charCodeAt(keep);
  if (c !== 53) return c > 53; // '5'
  for (let i = keep + 1; i < d.length; i++) if (d.charCodeAt(i) !== 48) return true;
  return keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1;
}

function exactExp(ax: number, n: number): string {
  const { n: big, e } = exactDecimal(ax);
  let d = big.toString();
  let exp = d.length - 1 + e;
  if (d.length > n) {
    const up = roundsUp(d, n);
    d = d.slice(0, n);
    if (up) {
      d = (BigInt(d) + 1n).toString();
      if (d.length > n) {
        d = d.slice(0, n);
        exp++;
      }
    }
  } else d = d.padEnd(n, '0');
  return d[0] + (n > 1 ? '.' + d.slice(1) : '') + (exp < 0 ? 'e-' : 'e+') + Math.abs(exp);
}

function exactFixed(ax: number, p: number): string {
  const { n: big, e } = exactDecimal(ax);
  let q = big;
  if (-e > p) {
    const div = 10n ** BigInt(-e - p);
    q = big / div;
    const rem = big % div;
    const half = div / 2n;
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else q = big * 10n ** BigInt(p + e);
  const d = q.toString().padStart(p + 1, '0');
  const cut = d.length - p;
  return p > 0 ? d.slice(0, cut) + '.' + d.slice(cut) : d;
}

/// glibc's %#g when the value, in %f style before rounding, rounds up to
/// one more integer digit than the precision (999.6 with '%#.3g'): it prints
/// '1.e+03', not '1.00e+03'.
function isGlibcCarry(ax: number, digits: string): boolean {
  if (digits.charCodeAt(0) !== 49 || !/^10*$/.test(digits)) return false; // '1'
  const { n, e } = exactDecimal(ax);
  return n.toString().length - 1 + e === digits.length - 1;
}

function pad2(exp: number): string {
  return exp < 10 ? '0' + exp : String(exp);
}

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--; // '0'
  if (s.charCodeAt(end - 1) === 46) end--; // '.'
  return s.slice(0, end);
}

const nanBits = new Float64Array(1);
const nanBytes = new Uint8Array(nanBits.buffer);

/// The sign bit of a NaN. V8 computes on the hardware's floating point, so
/// 0/0 gives the same negative NaN as C on x86 (printed "-nan") and negation
/// flips it; NaN constants and NaNs stored in double arrays are canonical
/// (positive), a difference from PUC Lua we accept.
function nanSign(x: number): boolean {
  nanBits[0] = x;
  return nanBytes[7] >= 128;
}

/// inf, -inf, nan, -nan as C prints them.
export function nonFinite(x: number, upper: boolean): string {
  const s = Number.isNaN(x) ? (nanSign(x) ? '-nan' : 'nan') : x > 0 ? 'inf' : '-inf';
  return upper ? s.toUpperCase() : s;
}
