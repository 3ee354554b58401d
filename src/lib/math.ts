// The math library (PUC's lmathlib), with the LUA_COMPAT_MATHLIB functions
// that Debian's lua5.4 has (atan2, cosh, sinh, tanh, pow, frexp, ldexp, log10).
//
// Integer/float rules follow lmathlib exactly: floor/ceil/modf give integers
// when the value fits (pushnumint), abs/fmod keep integers only for integer
// arguments (not numeric strings), max/min return the winning argument as it
// is (lua_compare, metamethods included).
//
// NaN signs: lua5.4 prints the sign of a NaN ("-nan"), and glibc's functions
// are not V8's. A NaN argument is returned as it is (glibc propagates it);
// a NaN made from ordinary arguments gets the sign glibc gives it on x86-64
// (`NEG_NAN` for sqrt, log, log2, fmod, sin/cos/tan of infinities, pow;
// positive for acos, asin, log10). Other results come from V8's fdlibm ports
// and may differ from glibc in the last bit.
//
// math.random is xoshiro256** exactly as lmathlib implements it, on 32-bit
// halves (s[2k] high, s[2k+1] low) so no BigInt is needed on the fast path.

import { callNested } from '../runtime/call.js';
import { registerBuiltins } from '../runtime/debug.js';
import { isFalsy, lt } from '../runtime/metamethods.js';
import {
  bigOf,
  floatPow,
  floatToInt,
  intFromBig,
  isInteger,
  MAXINTEGER,
  MININTEGER,
  mkfloat,
  numberType,
  numLt,
  str2number,
  toInteger,
} from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { LuaInt, type LuaValue } from '../runtime/value.js';
import { argError, checkAny, checkDouble, checkInteger, libError } from './args.js';

const TWO32 = 4294967296;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/// NaNs with a known sign bit (V8 keeps the bits of a heap number).
const NEG_NAN = nanWithSign(true);
const POS_NAN = nanWithSign(false);

function nanWithSign(neg: boolean): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, neg ? 0xfff80000 : 0x7ff80000);
  return dv.getFloat64(0);
}

/// Result of a one-argument C function: x itself when x is NaN, `nan` when
/// the function made a NaN from a number.
function fix1(r: number, x: number, nan: number): number {
  if (!Number.isNaN(r)) return r;
  return Number.isNaN(x) ? x : nan;
}

/// As fix1 for two arguments: the first NaN argument propagates.
function fix2(r: number, x: number, y: number, nan: number): number {
  if (!Number.isNaN(r)) return r;
  return Number.isNaN(x) ? x : Number.isNaN(y) ? y : nan;
}

/// lua_Number -> result (pushnumint): an integer when the float fits.
function numint(d: number): LuaValue {
  if (d >= -MAX_SAFE && d <= MAX_SAFE) return Number.isInteger(d) ? d + 0 : d;
  return floatToInt(d) ?? mkfloat(d);
}

/// C's fmod on doubles, with glibc's NaN signs.
function fmod(x: number, y: number): number {
  return fix2(x % y, x, y, NEG_NAN);
}

/// C's log with glibc's NaN sign.
function log(x: number): number {
  return fix1(Math.log(x), x, NEG_NAN);
}

const frexpView = new DataView(new ArrayBuffer(8));

/// C's frexp: [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (x itself and 0 for
/// zero, infinities and NaN).
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let bias = 0;
  if (Math.abs(x) < 2 ** -1022) {
    x *= 2 ** 64; // subnormal: scale into the normal range (exact)
    bias = 64;
  }
  frexpView.setFloat64(0, x);
  const hi = frexpView.getUint32(0);
  const e = ((hi >>> 20) & 0x7ff) - 1022;
  frexpView.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [frexpView.getFloat64(0), e - bias];
}

/// C's ldexp: x * 2^e rounded once.
function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const k = me + e; // x = m * 2^k, 0.5 <= |m| < 1
  if (k > 1024) return m > 0 ? Infinity : -Infinity;
  if (k >= -1021) return m * 2 * 2 ** (k - 1); // normal: exact
  if (k < -1100) return m > 0 ? 0 : -0;
  return m * 2 ** (k + 200) * 2 ** -200; // subnormal: one rounding, in the last product
}

// ------------------------------------------------------------ xoshiro256**

/// The generator's state: four 64-bit words as (high, low) uint32 pairs in
/// s[0..7]; s[RH], s[RL] hold the last output (or projected value).
type RandState = Uint32Array;
const RH = 8;
const RL = 9;

/// Advances the state; the 64-bit output is left in s[RH], s[RL].
function nextrand(s: RandState): void {
  const s0h = s[0];
  const s0l = s[1];
  const s1h = s[2];
  const s1l = s[3];
  const s2h = s[4] ^ s0h;
  const s2l = s[5] ^ s0l;
  const s3h = s[6] ^ s1h;
  const s3l = s[7] ^ s1l;
  // res = rotl(s1 * 5, 7) * 9
  // ((x / 2^32) | 0) is the carry out of the low word (x < 2^36)
  let l = (s1l * 5) >>> 0;
  let h = (Math.imul(s1h, 5) + (((s1l * 5) / TWO32) | 0)) >>> 0;
  const th = ((h << 7) | (l >>> 25)) >>> 0;
  const tl = ((l << 7) | (h >>> 25)) >>> 0;
  l = (tl * 9) >>> 0;
  h = (Math.imul(th, 9) + (((tl * 9) / TWO32) | 0)) >>> 0;
  s[RH] = h;
  s[RL] = l;
  s[0] = s0h ^ s3h;
  s[1] = s0l ^ s3l;
  s[2] = s1h ^ s2h;
  s[3] = s1l ^ s2l;
  // s2 ^ (s1 << 17)
  s[4] = s2h ^ ((s1h << 17) | (s1l >>> 15));
  s[5] = s2l ^ (s1l << 17);
  // rotl(s3, 45) = rotr(s3, 19)
  s[6] = (s3h >>> 19) | (s3l << 13);
  s[7] = (s3l >>> 19) | (s3h << 13);
}

function setseed(s: RandState, n1: LuaValue, n2: LuaValue): void {
  const a = BigInt.asUintN(64, bigOf(n1));
  const b = BigInt.asUintN(64, bigOf(n2));
  s[0] = Number(a >> 32n);
  s[1] = Number(a & 0xffffffffn);
  s[2] = 0;
  s[3] = 0xff; // avoid a zero state
  s[4] = Number(b >> 32n);
  s[5] = Number(b & 0xffffffffn);
  s[6] = 0;
  s[7] = 0;
  for (let i = 0; i < 16; i++) nextrand(s); // discard initial values to "spread" the seed
}

/// The Lua integer whose two's-complement bits are (h, l).
function intOfHalves(h: number, l: number): LuaValue {
  const v = (h | 0) * TWO32 + l;
  if (v >= -MAX_SAFE && v <= MAX_SAFE) return v;
  return new LuaInt((BigInt(h | 0) << 32n) | BigInt(l));
}

/// The (high, low) halves of the two's-complement bits of a Lua integer.
function halves(i: LuaValue): [number, number] {
  if (typeof i === 'number') return [Math.floor(i / TWO32) >>> 0, i >>> 0];
  const u = BigInt.asUintN(64, (i as LuaInt).v);
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
}

/// Projects the random value s[RH], s[RL] into [0, n] as lmathlib's 'project'
/// does (rejection sampling over the smallest 2^b - 1 >= n); n = (nh, nl)
/// unsigned. Leaves the result in s[RH], s[RL].
function project(s: RandState, nh: number, nl: number): void {
  // Is n + 1 a power of 2?  (n & (n + 1)) == 0
  const pl = (nl + 1) >>> 0;
  const ph = (nh + (pl === 0 ? 1 : 0)) >>> 0;
  if (((nh & ph) | (nl & pl)) === 0) {
    s[RH] &= nh;
    s[RL] &= nl;
    return;
  }
  // lim: smallest 2^b - 1 not smaller than n
  let limh = nh;
  let liml = nl;
  if (limh !== 0) {
    limh = smear(limh);
    liml = 0xffffffff;
  } else liml = smear(liml);
  for (;;) {
    const h = (s[RH] & limh) >>> 0;
    const l = (s[RL] & liml) >>> 0;
    if (h < nh || (h === nh && l <= nl)) {
      s[RH] = h;
      s[RL] = l;
      return;
    }
    nextrand(s);
  }
}

/// x with every bit below its highest set bit set.
function smear(x: number): number {
  x |= x >>> 1;
  x |= x >>> 2;
  x |= x >>> 4;
  x |= x >>> 8;
  x |= x >>> 16;
  return x >>> 0;
}

// ------------------------------------------------------------ the library

export function openMath(L: LuaState): void {
  const state: RandState = new Uint32Array(10);
  /// lua_compare(a, b, LUA_OPLT) from host code (metamethods may run).
  const less = (a: LuaValue, b: LuaValue): boolean => {
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    const r = lt(L, a, b, 0);
    if (typeof r === 'boolean') return r;
    return !isFalsy(callNested(L, (x: LuaValue, y: LuaValue) => L.ret1(lt(L, x, y, 0)), [a, b]));
  };
  /// A float result from a one-argument C function.
  const f1 = (
    v: LuaValue,
    nargs: number,
    fname: string,
    fn: (x: number) => number,
    nan: number,
  ): LuaValue => {
    const x = checkDouble(L, v, 1, nargs, fname);
    return L.ret1(mkfloat(fix1(fn(x), x, nan)));
  };

  const lib = {
    'math.abs'(v: LuaValue): LuaValue {
      if (typeof v === 'number' && Number.isInteger(v)) return L.ret1(v < 0 ? -v : v);
      if (v instanceof LuaInt) return L.ret1(v.v < 0n ? intFromBig(BigInt.asIntN(64, -v.v)) : v);
      return L.ret1(mkfloat(Math.abs(checkDouble(L, v, 1, arguments.length, 'math.abs'))));
    },
    'math.ceil'(v: LuaValue): LuaValue {
      if (typeof v === 'number')
        return L.ret1(Number.isInteger(v) || Number.isNaN(v) ? v : numint(Math.ceil(v)));
      if (v instanceof LuaInt) return L.ret1(v);
      return L.ret1(numint(Math.ceil(checkDouble(L, v, 1, arguments.length, 'math.ceil'))));
    },
    'math.floor'(v: LuaValue): LuaValue {
      if (typeof v === 'number')
        return L.ret1(Number.isInteger(v) || Number.isNaN(v) ? v : numint(Math.floor(v)));
      if (v instanceof LuaInt) return L.ret1(v);
      return L.ret1(numint(Math.floor(checkDouble(L, v, 1, arguments.length, 'math.floor'))));
    },
    'math.fmod'(a: LuaValue, b: LuaValue): LuaValue {
      if (isInteger(a) && isInteger(b)) {
        if (typeof a === 'number' && typeof b === 'number') {
          if (b === 0) argError(L, 2, 'zero', 'math.fmod');
          return L.ret1(b === -1 ? 0 : (a % b) + 0);
        }
        const d = bigOf(b);
        if (d === 0n) argError(L, 2, 'zero', 'math.fmod');
        if (d === -1n) return L.ret1(0); // avoid overflow with mininteger % -1
        return L.ret1(intFromBig(bigOf(a) % d));
      }
      const x = checkDouble(L, a, 1, arguments.length, 'math.fmod');
      const y = checkDouble(L, b, 2, arguments.length, 'math.fmod');
      return L.ret1(mkfloat(fmod(x, y)));
    },
    'math.modf'(v: LuaValue): LuaValue {
      if (isInteger(v)) return L.ret2(v, mkfloat(0));
      const x = checkDouble(L, v, 1, arguments.length, 'math.modf');
      if (Number.isNaN(x)) return L.ret2(x, x);
      const ip = x < 0 ? Math.ceil(x) : Math.floor(x);
      return L.ret2(numint(ip), mkfloat(x === ip ? 0 : x - ip));
    },
    'math.sqrt'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.sqrt', Math.sqrt, NEG_NAN);
    },
    'math.ult'(a: LuaValue, b: LuaValue): LuaValue {
      const i = checkInteger(L, a, 1, arguments.length, 'math.ult');
      const j = checkInteger(L, b, 2, arguments.length, 'math.ult');
      return L.ret1(BigInt.asUintN(64, bigOf(i)) < BigInt.asUintN(64, bigOf(j)));
    },
    'math.log'(v: LuaValue, base: LuaValue): LuaValue {
      const x = checkDouble(L, v, 1, arguments.length, 'math.log');
      if (base === undefined) return L.ret1(mkfloat(log(x)));
      const b = checkDouble(L, base, 2, arguments.length, 'math.log');
      let r: number;
      if (b === 2) r = fix1(Math.log2(x), x, NEG_NAN);
      else if (b === 10) r = fix1(Math.log10(x), x, POS_NAN);
      else {
        const lx = log(x);
        const lb = log(b);
        r = fix2(lx / lb, lx, lb, NEG_NAN);
      }
      return L.ret1(mkfloat(r));
    },
    'math.exp'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.exp', Math.exp, NEG_NAN);
    },
    'math.deg'(v: LuaValue): LuaValue {
      return L.ret1(mkfloat(checkDouble(L, v, 1, arguments.length, 'math.deg') * (180 / Math.PI)));
    },
    'math.rad'(v: LuaValue): LuaValue {
      return L.ret1(mkfloat(checkDouble(L, v, 1, arguments.length, 'math.rad') * (Math.PI / 180)));
    },
    'math.sin'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.sin', Math.sin, NEG_NAN);
    },
    'math.cos'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.cos', Math.cos, NEG_NAN);
    },
    'math.tan'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.tan', Math.tan, NEG_NAN);
    },
    'math.asin'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.asin', Math.asin, POS_NAN);
    },
    'math.acos'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.acos', Math.acos, POS_NAN);
    },
    'math.atan'(a: LuaValue, b: LuaValue): LuaValue {
      const y = checkDouble(L, a, 1, arguments.length, 'math.atan');
      const x = b === undefined ? 1 : checkDouble(L, b, 2, arguments.length, 'math.atan');
      return L.ret1(mkfloat(fix2(Math.atan2(y, x), y, x, NEG_NAN)));
    },
    'math.tointeger'(v: LuaValue): LuaValue {
      const n = typeof v === 'string' ? str2number(v) : v;
      const i = n === undefined ? undefined : toInteger(n);
      if (i === undefined) checkAny(L, arguments.length, 1, 'math.tointeger');
      return L.ret1(i);
    },
    'math.type'(v: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, 'math.type');
      return L.ret1(numberType(v));
    },
    'math.max'(a: LuaValue, b: LuaValue): LuaValue {
      const n = arguments.length;
      if (n === 2 && typeof a === 'number' && typeof b === 'number') return L.ret1(a < b ? b : a);
      if (n < 1) argError(L, 1, 'value expected', 'math.max');
      let m = a;
      for (let i = 1; i < n; i++) if (less(m, arguments[i])) m = arguments[i];
      return L.ret1(m);
    },
    'math.min'(a: LuaValue, b: LuaValue): LuaValue {
      const n = arguments.length;
      if (n === 2 && typeof a === 'number' && typeof b === 'number') return L.ret1(b < a ? b : a);
      if (n < 1) argError(L, 1, 'value expected', 'math.min');
      let m = a;
      for (let i = 1; i < n; i++) if (less(arguments[i], m)) m = arguments[i];
      return L.ret1(m);
    },

    'math.random'(a: LuaValue, b: LuaValue): LuaValue {
      const nargs = arguments.length;
      nextrand(state); // drawn before the arguments are checked, as lmathlib does
      let low: LuaValue;
      let up: LuaValue;
      switch (nargs) {
        case 0:
          return L.ret1(mkfloat((state[RH] * 2097152 + (state[RL] >>> 11)) * 2 ** -53));
        case 1:
          low = 1;
          up = checkInteger(L, a, 1, nargs, 'math.random');
          if (up === 0) return L.ret1(intOfHalves(state[RH], state[RL])); // the full 64 bits
          break;
        case 2:
          low = checkInteger(L, a, 1, nargs, 'math.random');
          up = checkInteger(L, b, 2, nargs, 'math.random');
          break;
        default:
          libError(L, 'wrong number of arguments');
      }
      if (numLt(up, low)) argError(L, 1, 'interval is empty', 'math.random');
      if (typeof low === 'number' && typeof up === 'number' && up - low < TWO32) {
        project(state, 0, up - low);
        return L.ret1(low + state[RL]); // |low| + 2^32 stays exact in a double
      }
      const [lh, ll] = halves(low);
      const [uh, ul] = halves(up);
      const nl = (ul - ll) >>> 0;
      const nh = (uh - lh - (ul < ll ? 1 : 0)) >>> 0;
      project(state, nh, nl);
      const sl = state[RL] + ll;
      return L.ret1(intOfHalves((state[RH] + lh + (sl >= TWO32 ? 1 : 0)) >>> 0, sl >>> 0));
    },
    'math.randomseed'(a: LuaValue, b: LuaValue): LuaValue {
      let n1: LuaValue;
      let n2: LuaValue;
      if (arguments.length === 0) {
        n1 = Math.floor(Date.now() / 1000);
        n2 = Math.floor(Math.random() * 2 ** 47);
      } else {
        n1 = checkInteger(L, a, 1, arguments.length, 'math.randomseed');
        n2 = b === undefined ? 0 : checkInteger(L, b, 2, arguments.length, 'math.randomseed');
      }
      setseed(state, n1, n2);
      return L.ret2(n1, n2);
    },

    // LUA_COMPAT_MATHLIB
    'math.cosh'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.cosh', Math.cosh, NEG_NAN);
    },
    'math.sinh'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.sinh', Math.sinh, NEG_NAN);
    },
    'math.tanh'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.tanh', Math.tanh, NEG_NAN);
    },
    'math.pow'(a: LuaValue, b: LuaValue): LuaValue {
      const x = checkDouble(L, a, 1, arguments.length, 'math.pow');
      const y = checkDouble(L, b, 2, arguments.length, 'math.pow');
      return L.ret1(mkfloat(fix2(floatPow(x, y), x, y, NEG_NAN)));
    },
    'math.frexp'(v: LuaValue): LuaValue {
      const x = checkDouble(L, v, 1, arguments.length, 'math.frexp');
      // (not through frexp's array: a double array would drop a NaN's sign)
      if (x === 0 || !Number.isFinite(x)) return L.ret2(mkfloat(x), 0);
      const [m, e] = frexp(x);
      return L.ret2(mkfloat(m), e);
    },
    'math.ldexp'(a: LuaValue, b: LuaValue): LuaValue {
      const x = checkDouble(L, a, 1, arguments.length, 'math.ldexp');
      const e = Number(BigInt.asIntN(32, bigOf(checkInteger(L, b, 2, arguments.length, 'math.ldexp')))); // (int) cast
      return L.ret1(mkfloat(ldexp(x, e)));
    },
    'math.log10'(v: LuaValue): LuaValue {
      return f1(v, arguments.length, 'math.log10', Math.log10, POS_NAN);
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('math.'.length), f);
  t.setStr('atan2', lib['math.atan']);
  t.setStr('maxinteger', MAXINTEGER);
  t.setStr('mininteger', MININTEGER);
  t.setStr('huge', Infinity);
  t.setStr('pi', Math.PI);
  // A "random" initial seed, as lmathlib's randseed (time and an address).
  setseed(state, Math.floor(Date.now() / 1000), Math.floor(Math.random() * 2 ** 47));
  L.globals.setStr('math', t);
}
