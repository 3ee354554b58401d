// The slow paths of every Lua operation: type dispatch, coercions,
// metamethods, and the runtime error messages worded as PUC Lua's.
//
// Compiled code inlines the fast case (plain numbers, table hits) and calls
// these functions otherwise. Each one returns the operation's value, or
// SUSPEND when a metamethod it called suspended; in that case the metamethod's
// own first result, delivered later to the caller's resume point, is the
// operation's value (comparisons convert it to a boolean there). Functions
// that must post-process a suspended result push a HostFrame.

import { LuaThrow } from './errors.js';
import { HostFrame } from './frames.js';
import {
  bigBitwise,
  bitPair,
  floatMod,
  floatPow,
  intAdd,
  intIdiv,
  intMod,
  intMul,
  intNeg,
  intSub,
  isInteger,
  isNumber,
  mkfloat,
  numberToString,
  numEq,
  numLe,
  numLt,
  str2number,
  toDouble,
} from './number.js';
import { type LuaState, MAX_CCALLS, SUSPEND } from './state.js';
import { LuaTable, PROTO, STR_IN_HASH, WEAK } from './table.js';
import { LuaThread } from './thread.js';
import { LuaFloat, type LuaFunction, LuaInt, LuaUserdata, type LuaValue } from './value.js';

/// PUC's MAXTAGLOOP: longest __index/__newindex chain.
const MAX_TAG_LOOP = 2000;

// Arithmetic operation codes (shared with the compiler).
export const OP_ADD = 0;
export const OP_SUB = 1;
export const OP_MUL = 2;
export const OP_MOD = 3;
export const OP_POW = 4;
export const OP_DIV = 5;
export const OP_IDIV = 6;
export const OP_BAND = 7;
export const OP_BOR = 8;
export const OP_BXOR = 9;
export const OP_SHL = 10;
export const OP_SHR = 11;
export const OP_UNM = 12;
export const OP_BNOT = 13;

const EVENTS = [
  '__add',
  '__sub',
  '__mul',
  '__mod',
  '__pow',
  '__div',
  '__idiv',
  '__band',
  '__bor',
  '__bxor',
  '__shl',
  '__shr',
  '__unm',
  '__bnot',
];
const BITOPS = ['', '', '', '', '', '', '', '&', '|', '~', '<<', '>>'];

// ------------------------------------------------------------------ types

export function typeName(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'function':
      return 'function';
    default:
      if (v instanceof LuaTable) return 'table';
      if (v instanceof LuaInt || v instanceof LuaFloat) return 'number';
      if (v instanceof LuaThread) return 'thread';
      return 'userdata';
  }
}

/// The metatable of any value.
export function getMetatable(L: LuaState, v: LuaValue): LuaTable | undefined {
  if (v instanceof LuaTable || v instanceof LuaUserdata) return v.metatable;
  if (typeof v === 'string') return L.stringMeta;
  return L.typeMetas.get(typeName(v));
}

/// A metamethod of v, or undefined.
export function metaOf(L: LuaState, v: LuaValue, event: string): LuaValue {
  const mt = getMetatable(L, v);
  return mt === undefined ? undefined : mt.str[event];
}

/// Type name for messages: honours a string __name in the metatable.
export function objTypeName(_L: LuaState, v: LuaValue): string {
  if (v instanceof LuaTable || v instanceof LuaUserdata) {
    const mt = v.metatable;
    if (mt !== undefined) {
      const name = mt.str.__name;
      if (typeof name === 'string') return name;
    }
  }
  return typeName(v);
}

export function isFalsy(v: LuaValue): boolean {
  return v === undefined || v === false;
}

// ----------------------------------------------------------------- errors

/// Raises a Lua error value: runs the message handler of the innermost xpcall
/// first (at the error point, as PUC does), then throws.
export function raise(L: LuaState, value: LuaValue): never {
  const t = new LuaThrow(value);
  if (L.handler !== undefined) L.runHandler(t);
  throw t;
}

/// "chunk:line: " for a site (none for site 0).
export function sitePrefix(L: LuaState, site: number): string {
  if (site === 0) return '';
  const s = L.sites.get(site);
  return `${s.chunk.shortSrc}:${s.line}: `;
}

/// Raises a runtime error at a site: message prefixed with its position.
export function rtError(L: LuaState, site: number, msg: string): never {
  raise(L, sitePrefix(L, site) + msg);
}

function varinfo(L: LuaState, site: number, which: number): string {
  if (site === 0) return '';
  const s = L.sites.get(site);
  return which === 1 ? s.v1 : s.v2;
}

/// "attempt to <op> a <type> value<varinfo>"
export function typeError(L: LuaState, site: number, v: LuaValue, op: string, which = 1): never {
  rtError(L, site, `attempt to ${op} a ${objTypeName(L, v)} value${varinfo(L, site, which)}`);
}

function opintError(L: LuaState, site: number, a: LuaValue, b: LuaValue, msg: string): never {
  if (!isNumber(a)) return typeError(L, site, a, msg, 1);
  return typeError(L, site, b, msg, 2);
}

function toIntError(L: LuaState, site: number, a: LuaValue, _b: LuaValue): never {
  const which =
    isInteger(a) || (a instanceof LuaFloat && Number.isInteger(a.n) && Math.abs(a.n) < 2 ** 63) ? 2 : 1;
  rtError(L, site, `number${varinfo(L, site, which)} has no integer representation`);
}

export function orderError(L: LuaState, site: number, a: LuaValue, b: LuaValue): never {
  const t1 = objTypeName(L, a);
  const t2 = objTypeName(L, b);
  if (t1 === t2) rtError(L, site, `attempt to compare two ${t1} values`);
  rtError(L, site, `attempt to compare ${t1} with ${t2}`);
}

/// Counts a host-to-Lua call level; raises "C stack overflow" past the limit.
export function enterC(L: LuaState, site: number): void {
  if (++L.ccalls >= MAX_CCALLS) {
    if (L.ccalls >= (MAX_CCALLS / 10) * 11) L.errorInErrorHandling();
    rtError(L, site, 'C stack overflow');
  }
}

// ------------------------------------------------------------------- calls

/// Calls a metamethod with two arguments; returns its first result or SUSPEND.
export function callMeta2(
  L: LuaState,
  mm: LuaValue,
  a: LuaValue,
  b: LuaValue,
  site: number,
  event: string,
): LuaValue {
  enterC(L, site);
  const r = typeof mm === 'function' ? mm(a, b) : callMetaSlow(L, mm, [a, b], site, event);
  L.ccalls--;
  return r;
}

function callMeta3(
  L: LuaState,
  mm: LuaValue,
  a: LuaValue,
  b: LuaValue,
  c: LuaValue,
  site: number,
  event: string,
): LuaValue {
  enterC(L, site);
  const r = typeof mm === 'function' ? mm(a, b, c) : callMetaSlow(L, mm, [a, b, c], site, event);
  L.ccalls--;
  return r;
}

/// Calls a metamethod that is not a function (a callable table, or an error
/// naming the metamethod as PUC does).
export function callMetaSlow(
  L: LuaState,
  mm: LuaValue,
  args: LuaValue[],
  site: number,
  event: string,
): LuaValue {
  if (metaOf(L, mm, '__call') === undefined)
    rtError(L, site, `attempt to call a ${objTypeName(L, mm)} value (metamethod '${event}')`);
  return callValue(L, mm, 0, args);
}

/// Calls any value with an argument array (honours __call chains).
export function callValue(L: LuaState, f: LuaValue, site: number, args: LuaValue[]): LuaValue {
  for (let i = 0; typeof f !== 'function'; i++) {
    const tm = metaOf(L, f, '__call');
    if (tm === undefined || i >= MAX_TAG_LOOP) callError(L, site, f);
    args = [f, ...args];
    f = tm;
  }
  // This host frame and the arguments are on the JS stack too.
  const cost = HOST_COST + args.length;
  if ((L.depth += cost) > L.hdlimit) {
    L.depth -= cost;
    return L.deepen(f, args);
  }
  const r =
    L.hookmask & 3 && (f as LuaFunction).P === undefined
      ? L.hookedHost(f as LuaFunction, args)
      : (f as LuaFunction)(...args);
  L.depth -= cost;
  return r;
}

/// Stack slots counted for a host frame calling a function (see state.ts).
const HOST_COST = 24;

/// Slow path of a call site whose callee is not a function: `f(a, b, ...)`.
export function call(L: LuaState, f: LuaValue, site: number, ...args: LuaValue[]): LuaValue {
  return callValue(L, f, site, args);
}

export function callError(L: LuaState, site: number, f: LuaValue): never {
  typeError(L, site, f, 'call');
}

// ---------------------------------------------------------------- indexing

/// t[k] with metamethods.
export function index(L: LuaState, t: LuaValue, k: LuaValue, site: number): LuaValue {
  // Compiled code (site !== 0) calls here after finding t.str[k] undefined.
  if (
    typeof k === 'string' &&
    site !== 0 &&
    t instanceof LuaTable &&
    (t.flags & (WEAK | STR_IN_HASH)) === 0
  ) {
    const mt = t.metatable;
    if (mt !== undefined) {
      const c = L.lookups[site];
      if (c !== undefined && c.epoch === LuaTable.epoch) {
        if (c.mt0 === mt) return c.v0;
        if (c.mt1 === mt) return c.v1;
        if (c.mt2 === mt) return c.v2;
        if (c.mt3 === mt) return c.v3;
      }
      return indexChain(L, t, mt, k, site);
    }
  }
  return indexSlow(L, t, k, site);
}

/// The results of the last lookups of a string key at a site through chains
/// of `__index` tables, for up to four metatables: valid for an object
/// without the key whose metatable is mt<i> while LuaTable.epoch has not
/// moved (every table of the chains is flagged PROTO, so changing any of
/// them moves the epoch).
export class CachedLookup {
  epoch = -1;
  /// Entries in use (the next one to fill, round robin once all are).
  n = 0;
  mt0: LuaTable | undefined = undefined;
  v0: LuaValue = undefined;
  mt1: LuaTable | undefined = undefined;
  v1: LuaValue = undefined;
  mt2: LuaTable | undefined = undefined;
  v2: LuaValue = undefined;
  mt3: LuaTable | undefined = undefined;
  v3: LuaValue = undefined;

  add(mt: LuaTable, v: LuaValue): void {
    if (this.epoch !== LuaTable.epoch) {
      this.epoch = LuaTable.epoch;
      this.mt1 = this.mt2 = this.mt3 = undefined;
      this.v1 = this.v2 = this.v3 = undefined;
      this.n = 0;
    }
    switch (this.n++ & 3) {
      case 0:
        this.mt0 = mt;
        this.v0 = v;
        break;
      case 1:
        this.mt1 = mt;
        this.v1 = v;
        break;
      case 2:
        this.mt2 = mt;
        this.v2 = v;
        break;
      default:
        this.mt3 = mt;
        this.v3 = v;
    }
  }
}

/// t[k] for a string key k that t lacks, through its metatable mt: walks the
/// chain of `__index` tables, marking them as protos, and caches the result
/// at the site. Chains through functions, non-tables or weak tables take the
/// general path uncached.
function indexChain(L: LuaState, t: LuaTable, mt: LuaTable, k: string, site: number): LuaValue {
  let m = mt;
  let v: LuaValue;
  for (let loop = 0; ; loop++) {
    if (loop >= MAX_TAG_LOOP || m.flags & WEAK) return indexSlow(L, t, k, site);
    m.flags |= PROTO;
    const tm = m.str.__index;
    if (tm === undefined) break;
    if (!(tm instanceof LuaTable) || tm.flags & (WEAK | STR_IN_HASH)) return indexSlow(L, t, k, site);
    tm.flags |= PROTO;
    v = tm.str[k];
    if (v !== undefined) break;
    const next = tm.metatable;
    if (next === undefined) break;
    m = next;
  }
  let c = L.lookups[site];
  if (c === undefined) L.lookups[site] = c = new CachedLookup();
  c.add(mt, v);
  return v;
}

/// t[k] with metamethods, uncached.
function indexSlow(L: LuaState, t: LuaValue, k: LuaValue, site: number): LuaValue {
  // The first table is PUC's fast path; then MAXTAGLOOP metatables.
  for (let loop = 0; loop <= MAX_TAG_LOOP; loop++) {
    let tm: LuaValue;
    if (t instanceof LuaTable) {
      const v = t.get(k);
      if (v !== undefined) return v;
      const mt = t.metatable;
      if (mt === undefined || (tm = mt.str.__index) === undefined) return undefined;
    } else {
      tm = metaOf(L, t, '__index');
      if (tm === undefined) typeError(L, loop === 0 ? site : 0, t, 'index');
    }
    if (typeof tm === 'function') return callMeta2(L, tm, t, k, site, 'index');
    t = tm;
  }
  rtError(L, site, "'__index' chain too long; possible loop");
}

/// t[k] = v with metamethods; returns undefined or SUSPEND.
export function setindex(L: LuaState, t: LuaValue, k: LuaValue, v: LuaValue, site: number): LuaValue {
  for (let loop = 0; loop < MAX_TAG_LOOP; loop++) {
    let tm: LuaValue;
    if (t instanceof LuaTable) {
      const mt = t.metatable;
      if (mt === undefined || (tm = mt.str.__newindex) === undefined || t.get(k) !== undefined) {
        rawset(L, t, k, v, site);
        return undefined;
      }
    } else {
      tm = metaOf(L, t, '__newindex');
      if (tm === undefined) typeError(L, loop === 0 ? site : 0, t, 'index');
    }
    if (typeof tm === 'function') {
      const r = callMeta3(L, tm, t, k, v, site, 'newindex');
      return r === SUSPEND ? r : undefined;
    }
    t = tm;
  }
  rtError(L, site, "'__newindex' chain too long; possible loop");
}

/// Raw assignment with the key checks of luaH_newkey.
export function rawset(L: LuaState, t: LuaTable, k: LuaValue, v: LuaValue, site: number): void {
  if (typeof k === 'string') return t.setStr(k, v);
  if (typeof k === 'number') {
    if (Number.isInteger(k)) return t.setInt(k, v);
    if (k !== k) rtError(L, site, 'table index is NaN');
  } else if (k === undefined) rtError(L, site, 'table index is nil');
  t.set(k, v);
}

// -------------------------------------------------------------- arithmetic

/// Arithmetic and bitwise operations (op: OP_*) on any values.
export function arith(L: LuaState, op: number, a: LuaValue, b: LuaValue, site: number): LuaValue {
  // Floats first: numbers and boxed integral floats, not both integers (the
  // compiled fast path handles plain numbers).
  if ((typeof a === 'number' || a instanceof LuaFloat) && (typeof b === 'number' || b instanceof LuaFloat)) {
    const x = typeof a === 'number' ? a : a.n;
    const y = typeof b === 'number' ? b : b.n;
    if (!(Number.isInteger(a) && Number.isInteger(b))) {
      const f = floatOp(op, x, y);
      if (f !== undefined) return f;
    } else if (op === OP_DIV || op === OP_POW) return mkfloat(op === OP_DIV ? x / y : floatPow(x, y));
  }
  const r = arithNumbers(op, a, b);
  if (r !== undefined) {
    if (r === DIVZERO) divZero(L, site, op);
    return r;
  }
  let tm = metaOf(L, a, EVENTS[op]);
  if (tm === undefined) tm = metaOf(L, b, EVENTS[op]);
  if (tm !== undefined) return callMeta2(L, tm, a, b, site, EVENTS[op].slice(2));
  if ((op >= OP_BAND && op <= OP_SHR) || op === OP_BNOT) {
    if (isNumber(a) && isNumber(b)) toIntError(L, site, a, b);
    opintError(L, site, a, b, 'perform bitwise operation on');
  }
  opintError(L, site, a, b, 'perform arithmetic on');
}

const DIVZERO = { divzero: true };

/// A float operation on doubles (a float result, boxed when integral), or
/// undefined for the operations that are not arithmetic on floats.
function floatOp(op: number, x: number, y: number): LuaValue {
  let r: number;
  switch (op) {
    case OP_ADD:
      r = x + y;
      break;
    case OP_SUB:
      r = x - y;
      break;
    case OP_MUL:
      r = x * y;
      break;
    case OP_DIV:
      r = x / y;
      break;
    case OP_POW:
      r = floatPow(x, y);
      break;
    case OP_IDIV:
      r = Math.floor(x / y);
      break;
    case OP_MOD:
      r = floatMod(x, y);
      break;
    case OP_UNM:
      r = -x;
      break;
    default:
      return undefined;
  }
  return Number.isInteger(r) ? new LuaFloat(r) : r;
}

function divZero(L: LuaState, site: number, op: number): never {
  const msg = op === OP_IDIV ? 'attempt to divide by zero' : "attempt to perform 'n%0'";
  if (site === 0) raise(L, msg);
  const s = L.sites.get(site);
  raise(L, `${s.chunk.shortSrc}:${s.divLine}: ${msg}`);
}

/// The operation on two numbers (no coercion), DIVZERO, or undefined when an
/// operand is not a number or lacks the integer representation a bitwise
/// operation needs.
export function arithNumbers(op: number, a: LuaValue, b: LuaValue): LuaValue {
  if (!isNumber(a) || !isNumber(b)) return undefined;
  if (op >= OP_BAND && op <= OP_SHR) {
    const p = bitPair(a, b);
    return p === undefined ? undefined : bigBitwise(BITOPS[op], p[0], p[1]);
  }
  if (op === OP_BNOT) {
    const p = bitPair(a, a);
    return p === undefined ? undefined : bigBitwise('~', p[0], -1n);
  }
  const ints = isInteger(a) && isInteger(b);
  switch (op) {
    case OP_ADD:
      return ints ? intAdd(a, b) : mkfloat(toDouble(a) + toDouble(b));
    case OP_SUB:
      return ints ? intSub(a, b) : mkfloat(toDouble(a) - toDouble(b));
    case OP_MUL:
      return ints ? intMul(a, b) : mkfloat(toDouble(a) * toDouble(b));
    case OP_DIV:
      return mkfloat(toDouble(a) / toDouble(b));
    case OP_POW:
      return mkfloat(floatPow(toDouble(a), toDouble(b)));
    case OP_IDIV:
      if (ints) return intIdiv(a, b) ?? DIVZERO;
      return mkfloat(Math.floor(toDouble(a) / toDouble(b)));
    case OP_MOD:
      if (ints) return intMod(a, b) ?? DIVZERO;
      return mkfloat(floatMod(toDouble(a), toDouble(b)));
    case OP_UNM:
      return isInteger(a) ? intNeg(a) : mkfloat(-toDouble(a));
  }
  return undefined;
}

/// The string metatable's arithmetic metamethods (lstrlib's 'stringmetamethods'):
/// numeric strings are converted; otherwise the other operand's metamethod is
/// tried, then "attempt to add a 'string' with a 'number'".
export function stringArith(L: LuaState, op: number): LuaFunction {
  const event = EVENTS[op];
  const name = `string.${event}`;
  const holder = {
    [name](a: LuaValue, b: LuaValue): LuaValue {
      const x = typeof a === 'string' ? str2number(a) : isNumber(a) ? a : undefined;
      const y = typeof b === 'string' ? str2number(b) : isNumber(b) ? b : undefined;
      if (x !== undefined && y !== undefined) {
        const r = arithNumbers(op, x, op === OP_UNM ? x : y);
        if (r === DIVZERO)
          raise(L, op === OP_IDIV ? 'attempt to divide by zero' : "attempt to perform 'n%0'");
        L.nret = 1;
        return r;
      }
      if (typeof b !== 'string') {
        const tm = metaOf(L, b, event);
        if (tm !== undefined) {
          const r = callMeta2(L, tm, a, b, 0, event.slice(2));
          if (r !== SUSPEND) L.nret = 1;
          return r;
        }
      }
      raise(L, `${L.where(1)}attempt to ${event.slice(2)} a '${typeName(a)}' with a '${typeName(b)}'`);
    },
  };
  return holder[name];
}

// ------------------------------------------------------------ comparisons

/// a == b (raw equality, then __eq for two tables or two userdata).
export function eq(L: LuaState, a: LuaValue, b: LuaValue): LuaValue {
  if (a === b) return true;
  if (typeof a !== 'object' && typeof b !== 'object') return false;
  if (isNumber(a)) return isNumber(b) && numEq(a, b);
  if (
    (a instanceof LuaTable && b instanceof LuaTable) ||
    (a instanceof LuaUserdata && b instanceof LuaUserdata)
  ) {
    let tm = metaOf(L, a, '__eq');
    if (tm === undefined) tm = metaOf(L, b, '__eq');
    if (tm === undefined) return false;
    const r = callMeta2(L, tm, a, b, 0, 'eq');
    return r === SUSPEND ? r : !isFalsy(r);
  }
  return false;
}

/// a < b
export function lt(L: LuaState, a: LuaValue, b: LuaValue, site: number): LuaValue {
  if ((typeof a === 'number' || a instanceof LuaFloat) && (typeof b === 'number' || b instanceof LuaFloat))
    return (typeof a === 'number' ? a : a.n) < (typeof b === 'number' ? b : b.n);
  if (isNumber(a) && isNumber(b)) return numLt(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  let tm = metaOf(L, a, '__lt');
  if (tm === undefined) tm = metaOf(L, b, '__lt');
  if (tm === undefined) orderError(L, site, a, b);
  const r = callMeta2(L, tm, a, b, site, 'lt');
  return r === SUSPEND ? r : !isFalsy(r);
}

/// a <= b; without __le, uses not (b < a) (LUA_COMPAT_LT_LE, as lua5.4 is built).
export function le(L: LuaState, a: LuaValue, b: LuaValue, site: number): LuaValue {
  if ((typeof a === 'number' || a instanceof LuaFloat) && (typeof b === 'number' || b instanceof LuaFloat))
    return (typeof a === 'number' ? a : a.n) <= (typeof b === 'number' ? b : b.n);
  if (isNumber(a) && isNumber(b)) return numLe(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a <= b;
  let tm = metaOf(L, a, '__le');
  if (tm === undefined) tm = metaOf(L, b, '__le');
  if (tm !== undefined) {
    const r = callMeta2(L, tm, a, b, site, 'le');
    return r === SUSPEND ? r : !isFalsy(r);
  }
  tm = metaOf(L, b, '__lt');
  if (tm === undefined) tm = metaOf(L, a, '__lt');
  if (tm === undefined) orderError(L, site, a, b);
  const r = callMeta2(L, tm, b, a, site, 'lt');
  if (r === SUSPEND) {
    L.push(new HostFrame(negate, undefined));
    return r;
  }
  return isFalsy(r);
}

function negate(_L: LuaState, _s: unknown, v: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw v;
  return isFalsy(v);
}

// --------------------------------------------------------- concat and len

/// a .. b
export function concat(L: LuaState, a: LuaValue, b: LuaValue, site: number): LuaValue {
  const sa = typeof a === 'string' ? a : isNumber(a) ? numberToString(a) : undefined;
  const sb = typeof b === 'string' ? b : isNumber(b) ? numberToString(b) : undefined;
  if (sa !== undefined && sb !== undefined) return L.checkString(sa.length + sb.length, site) && sa + sb;
  let tm = metaOf(L, a, '__concat');
  if (tm === undefined) tm = metaOf(L, b, '__concat');
  if (tm !== undefined) return callMeta2(L, tm, a, b, site, 'concat');
  if (sa !== undefined) typeError(L, site, b, 'concatenate', 2);
  typeError(L, site, a, 'concatenate', 1);
}

/// a1 .. a2 .. ... .. an, right to left (luaV_concat); `infos` holds the
/// varinfo of each operand joined by NUL, for error messages.
export function concatv(L: LuaState, vals: LuaValue[], site: number, infos: string): LuaValue {
  return concatFrom(L, { vals, site, infos, k: vals.length - 2 }, vals[vals.length - 1]);
}

interface ConcatState {
  vals: LuaValue[];
  site: number;
  infos: string;
  /// Index of the next left operand.
  k: number;
}

function concatFrom(L: LuaState, st: ConcatState, acc: LuaValue): LuaValue {
  const vals = st.vals;
  for (; st.k >= 0; st.k--) {
    const a = vals[st.k];
    const sa = typeof a === 'string' ? a : isNumber(a) ? numberToString(a) : undefined;
    const sb = typeof acc === 'string' ? acc : isNumber(acc) ? numberToString(acc) : undefined;
    if (sa !== undefined && sb !== undefined) {
      L.checkString(sa.length + sb.length, st.site);
      acc = sa + sb;
      continue;
    }
    let tm = metaOf(L, a, '__concat');
    if (tm === undefined) tm = metaOf(L, acc, '__concat');
    if (tm === undefined) {
      const info = st.infos.split('\u0000');
      const culprit = sa !== undefined ? acc : a;
      const vi = sa !== undefined ? (st.k + 1 === vals.length - 1 ? info[st.k + 1] : '') : info[st.k];
      rtError(L, st.site, `attempt to concatenate a ${objTypeName(L, culprit)} value${vi ?? ''}`);
    }
    const r = callMeta2(L, tm, a, acc, st.site, 'concat');
    if (r === SUSPEND) {
      st.k--;
      L.push(new HostFrame(concatK, st));
      return r;
    }
    acc = r;
  }
  return acc;
}

function concatK(L: LuaState, st: ConcatState, v: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw v;
  return concatFrom(L, st, v);
}

/// #v
export function len(L: LuaState, v: LuaValue, site: number): LuaValue {
  if (typeof v === 'string') return v.length;
  const tm = metaOf(L, v, '__len');
  if (tm !== undefined) return callMeta2(L, tm, v, v, site, 'len');
  if (v instanceof LuaTable) return v.length();
  typeError(L, site, v, 'get length of');
}

/// Unary minus and bitwise not.
export function unary(L: LuaState, op: number, a: LuaValue, site: number): LuaValue {
  return arith(L, op, a, a, site);
}

// -------------------------------------------------------------- to string

const fnIds = new WeakMap<object, number>();
let nextFnId = 1;

function addressOf(v: object): string {
  let id: number;
  if (v instanceof LuaTable) id = v.getId();
  else if (v instanceof LuaThread) id = v.id;
  else {
    id = fnIds.get(v) ?? 0;
    if (id === 0) fnIds.set(v, (id = nextFnId++ + 0x40000));
  }
  return '0x' + (0x55550000 + id * 8).toString(16).padStart(12, '0');
}

/// tostring without __tostring (luaL_tolstring's default case, __name aware).
export function tostringBasic(L: LuaState, v: LuaValue): string {
  switch (typeof v) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return numberToString(v);
    case 'string':
      return v;
    case 'function':
      return 'function: ' + addressOf(v);
    default:
      if (v instanceof LuaInt || v instanceof LuaFloat) return numberToString(v);
      return `${objTypeName(L, v)}: ${addressOf(v)}`;
  }
}
