// The table library (PUC's ltablib): concat, insert, move, pack, remove,
// sort, unpack.
//
// Every element access is lua_geti/lua_seti (metamethods honoured, in PUC's
// order) and lengths are luaL_len ("object length is not an integer").
// Plain tables (no metatable) with indices in the safe range take fast paths
// on the array part that do exactly what the element-by-element loops would;
// everything else takes a generic path with int64 positions as bigints, whose
// metamethods run through callNested (they may not yield, as across a C call
// in PUC Lua).
//
// table.sort is PUC's quicksort (auxsort) step for step, written as a
// resumable state machine (SortState): every comparison, element read and
// element write may suspend (a comparator or metamethod that yields or awaits,
// a deepen, a time slice), in which case the sort saves its registers in the
// state, pushes a HostFrame and returns SUSPEND; the continuation goes on from
// the same point. The recursion on the smaller partition is an explicit stack.
// PUC randomises the pivot of badly unbalanced large partitions with clock()
// and time(); here the "random" value comes from a xorshift generator seeded
// by the array size, so sorts are deterministic (and equal to lua5.4's up to
// 100 elements, where no randomisation can happen).

import { callNested } from '../runtime/call.js';
import { registerBuiltins } from '../runtime/debug.js';
import { HostFrame } from '../runtime/frames.js';
import { enterC, eq, getMetatable, index, len, lt, setindex, typeName } from '../runtime/metamethods.js';
import { bigOf, intFromBig, isNumber, numberToString, numLt, toIntegerStr } from '../runtime/number.js';
import { type LuaState, SUSPEND } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaFunction, LuaValue } from '../runtime/value.js';
import { argError, checkInteger, checkString, libError, typeError } from './args.js';

// What an object must define to stand for a table (ltablib's checktab).
const TAB_R = 1;
const TAB_W = 2;
const TAB_L = 4;

const MAXINT64 = (1n << 63n) - 1n;
const INT_MAX = 2147483647;
/// Most results unpack returns ("too many results to unpack" past it): PUC's
/// limit is its stack size, 1,000,000 slots less those in use, so the exact
/// threshold there depends on the caller (999,979 under a bare pcall).
const MAX_UNPACK = 999_979;

function isPlain(t: LuaValue): t is LuaTable {
  return t instanceof LuaTable && t.metatable === undefined;
}

/// Raises luaL_checktype's error unless v is a table or has the metamethods
/// `what` asks for.
function checktab(L: LuaState, v: LuaValue, arg: number, what: number, nargs: number, fname: string): void {
  if (v instanceof LuaTable) return;
  const mt = getMetatable(L, v);
  if (
    mt !== undefined &&
    (!(what & TAB_R) || mt.str.__index !== undefined) &&
    (!(what & TAB_W) || mt.str.__newindex !== undefined) &&
    (!(what & TAB_L) || mt.str.__len !== undefined)
  )
    return;
  typeError(L, arg, 'table', v, nargs >= arg, fname);
}

/// The int64 value of an optional integer argument (luaL_optinteger).
function optBig(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string, def: bigint): bigint {
  return v === undefined ? def : bigOf(checkInteger(L, v, arg, nargs, fname));
}

/// A Lua integer as a JS number if it is one in the safe range, else undefined.
function small(i: bigint): number | undefined {
  return i >= -9007199254740991n && i <= 9007199254740991n ? Number(i) : undefined;
}

/// Element access with metamethods from code that cannot suspend.
interface Access {
  geti(t: LuaValue, i: LuaValue): LuaValue;
  seti(t: LuaValue, i: LuaValue, v: LuaValue): void;
  /// luaL_len as an int64.
  lenOf(t: LuaValue): bigint;
}

function makeAccess(L: LuaState): Access {
  const idx = (t: LuaValue, k: LuaValue) => L.ret1(index(L, t, k, 0));
  const setidx = (t: LuaValue, k: LuaValue, v: LuaValue) => L.ret1(setindex(L, t, k, v, 0));
  const lenf = (t: LuaValue) => L.ret1(len(L, t, 0));
  return {
    geti(t, i) {
      if (t instanceof LuaTable) {
        const v = typeof i === 'number' ? t.getInt(i) : t.get(i);
        const mt = t.metatable;
        if (v !== undefined || mt === undefined || mt.str.__index === undefined) return v;
      }
      return callNested(L, idx, [t, i]);
    },
    seti(t, i, v) {
      if (t instanceof LuaTable) {
        const mt = t.metatable;
        if (mt === undefined || mt.str.__newindex === undefined || t.get(i) !== undefined) {
          if (typeof i === 'number') t.setInt(i, v);
          else t.set(i, v);
          return;
        }
      }
      callNested(L, setidx, [t, i, v]);
    },
    lenOf(t) {
      if (t instanceof LuaTable) {
        const mt = t.metatable;
        if (mt === undefined || mt.str.__len === undefined) return BigInt(t.length());
      }
      const n = callNested(L, lenf, [t]);
      const i = toIntegerStr(n);
      if (i === undefined) libError(L, 'object length is not an integer');
      return bigOf(i);
    },
  };
}

export function openTable(L: LuaState): void {
  const A = makeAccess(L);
  const eqf = (a: LuaValue, b: LuaValue) => L.ret1(eq(L, a, b));

  const lib = {
    'table.insert'(t: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
      const nargs = arguments.length;
      checktab(L, t, 1, TAB_R | TAB_W | TAB_L, nargs, 'table.insert');
      if (isPlain(t) && (nargs === 2 || nargs === 3)) {
        const n = t.arr.length;
        if (nargs === 2) {
          t.setInt(n + 1, a);
          return L.ret0();
        }
        const pos = checkInteger(L, a, 2, nargs, 'table.insert');
        if (typeof pos === 'number' && pos >= 1 && pos <= n + 1) {
          insertPlain(L, t, pos, b);
          return L.ret0();
        }
      }
      insertGeneric(L, A, t, nargs, a, b);
      return L.ret0();
    },

    'table.remove'(t: LuaValue, p: LuaValue): LuaValue {
      if (isPlain(t)) {
        const n = t.arr.length;
        const i = p === undefined ? n : p;
        if (typeof i === 'number' && i >= 1 && i <= n && Number.isInteger(i))
          return L.ret1(removePlain(L, t, i));
      }
      checktab(L, t, 1, TAB_R | TAB_W | TAB_L, arguments.length, 'table.remove');
      return L.ret1(removeGeneric(L, A, t, p, arguments.length));
    },

    'table.move'(a1: LuaValue, fv: LuaValue, ev: LuaValue, tv: LuaValue, a2: LuaValue): LuaValue {
      const nargs = arguments.length;
      const f = bigOf(checkInteger(L, fv, 2, nargs, 'table.move'));
      const e = bigOf(checkInteger(L, ev, 3, nargs, 'table.move'));
      const t = bigOf(checkInteger(L, tv, 4, nargs, 'table.move'));
      const other = a2 !== undefined;
      const dst = other ? a2 : a1;
      checktab(L, a1, 1, TAB_R, nargs, 'table.move');
      checktab(L, dst, other ? 5 : 1, TAB_W, nargs, 'table.move');
      if (e >= f) {
        if (!(f > 0n || e < MAXINT64 + f)) argError(L, 3, 'too many elements to move', 'table.move');
        const n = e - f + 1n; // number of elements to move
        if (!(t <= MAXINT64 - n + 1n)) argError(L, 4, 'destination wrap around', 'table.move');
        const forward = t > e || t <= f || (other && a1 !== dst && !sameTable(a1, dst));
        moveElements(L, A, a1, dst, f, e, t, forward);
      }
      return L.ret1(dst);
    },

    'table.concat'(t: LuaValue, sep: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const nargs = arguments.length;
      checktab(L, t, 1, TAB_R | TAB_L, nargs, 'table.concat');
      const n = A.lenOf(t);
      const s = sep === undefined ? '' : checkString(L, sep, 2, nargs, 'table.concat');
      const first = optBig(L, i, 3, nargs, 'table.concat', 1n);
      const last = optBig(L, j, 4, nargs, 'table.concat', n);
      if (first > last) return L.ret1('');
      return L.ret1(concat(L, A, t, s, first, last));
    },

    'table.pack'(...args: LuaValue[]): LuaValue {
      const t = new LuaTable();
      const n = args.length;
      t.setPositional(args);
      t.setStr('n', n);
      return L.ret1(t);
    },

    'table.unpack'(t: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const nargs = arguments.length;
      if (isPlain(t)) {
        const arr = t.arr;
        const a = i === undefined ? 1 : i;
        const b = j === undefined ? arr.length : j;
        if (
          typeof a === 'number' &&
          typeof b === 'number' &&
          a >= 1 &&
          b <= arr.length &&
          Number.isInteger(a) &&
          Number.isInteger(b)
        ) {
          if (a > b) return L.ret0();
          if (a === b) return L.ret1(arr[a - 1]);
          return L.results(arr.slice(a - 1, b));
        }
      }
      const first = optBig(L, i, 2, nargs, 'table.unpack', 1n);
      const last = j === undefined ? A.lenOf(t) : bigOf(checkInteger(L, j, 3, nargs, 'table.unpack'));
      if (first > last) return L.ret0();
      if (last - first >= MAX_UNPACK) libError(L, 'too many results to unpack');
      const a = Number(first);
      const count = Number(last - first) + 1;
      if (isPlain(t) && a >= 1 && a + count - 1 <= t.arr.length)
        return L.results(t.arr.slice(a - 1, a - 1 + count));
      const out: LuaValue[] = new Array(count);
      for (let k = 0; k < count; k++) out[k] = A.geti(t, intFromBig(first + BigInt(k)));
      return L.results(out);
    },

    'table.sort'(t: LuaValue, f: LuaValue): LuaValue {
      const nargs = arguments.length;
      checktab(L, t, 1, TAB_R | TAB_W | TAB_L, nargs, 'table.sort');
      const s = new SortState(t, f, nargs);
      if (t instanceof LuaTable && (t.metatable === undefined || t.metatable.str.__len === undefined))
        return sortStart(L, s, t.length());
      const r = len(L, t, 0);
      if (r === SUSPEND) return suspendSort(L, s, LEN);
      return sortStart(L, s, r);
    },
  };
  registerBuiltins(lib);

  /// lua_compare(a, b, LUA_OPEQ) for two different values (__eq may run).
  function sameTable(a: LuaValue, b: LuaValue): boolean {
    if (
      !(a instanceof LuaTable) ||
      !(b instanceof LuaTable) ||
      (a.metatable === undefined && b.metatable === undefined)
    )
      return false;
    const r = callNested(L, eqf, [a, b]);
    return r !== undefined && r !== false;
  }

  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('table.'.length), f);
  L.globals.setStr('table', t);
}

/// table.insert after the fast path: int64 positions, metamethods.
function insertGeneric(L: LuaState, A: Access, t: LuaValue, nargs: number, a: LuaValue, b: LuaValue): void {
  const e = BigInt.asIntN(64, A.lenOf(t) + 1n); // first empty element
  let pos: bigint;
  switch (nargs) {
    case 2:
      pos = e;
      break;
    case 3:
      pos = bigOf(checkInteger(L, a, 2, nargs, 'table.insert'));
      // pos in [1, e], compared as unsigned as PUC does
      if (!(BigInt.asUintN(64, pos - 1n) < BigInt.asUintN(64, e)))
        argError(L, 2, 'position out of bounds', 'table.insert');
      for (let i = e; i > pos; i--) {
        L.charge(1);
        A.seti(t, intFromBig(i), A.geti(t, intFromBig(i - 1n)));
      }
      break;
    default:
      libError(L, "wrong number of arguments to 'insert'");
  }
  A.seti(t, intFromBig(pos), nargs === 2 ? a : b);
}

/// table.remove(t, i) on a plain table with 1 <= i <= #t: t[i..n-1] =
/// t[i+1..n]; t[n] = nil, on the array part.
function removePlain(L: LuaState, t: LuaTable, i: number): LuaValue {
  const arr = t.arr;
  const n = arr.length;
  const v = arr[i - 1];
  L.charge(n - i);
  for (let k = i; k < n; k++) arr[k - 1] = arr[k];
  t.setInt(n, undefined);
  return v;
}

/// table.remove after the fast path: int64 positions, metamethods.
function removeGeneric(L: LuaState, A: Access, t: LuaValue, p: LuaValue, nargs: number): LuaValue {
  const size = A.lenOf(t);
  let pos = optBig(L, p, 2, nargs, 'table.remove', size);
  if (pos !== size && !(BigInt.asUintN(64, pos - 1n) <= BigInt.asUintN(64, size)))
    argError(L, 1, 'position out of bounds', 'table.remove'); // (#1: as 5.4.4 words it)
  const v = A.geti(t, intFromBig(pos));
  for (; pos < size; pos++) {
    L.charge(1);
    A.seti(t, intFromBig(pos), A.geti(t, intFromBig(pos + 1n)));
  }
  A.seti(t, intFromBig(pos), undefined);
  return v;
}

/// table.insert(t, pos, v) on a plain table with 1 <= pos <= #t + 1: shifts
/// t[pos..#t] up by one (the element-by-element loop, done on the array).
function insertPlain(L: LuaState, t: LuaTable, pos: number, v: LuaValue): void {
  const arr = t.arr;
  const n = arr.length;
  if (pos === n + 1) {
    t.setInt(pos, v);
    return;
  }
  L.charge(n - pos);
  t.setInt(n + 1, arr[n - 1]); // appends (and pulls following keys from the hash)
  for (let k = n - 1; k >= pos; k--) arr[k] = arr[k - 1];
  arr[pos - 1] = v; // not the last element: the array stays trimmed
}

/// The copy loop of table.move: a1[f..e] into dst[t..], in increasing order
/// when `forward`, else decreasing.
function moveElements(
  L: LuaState,
  A: Access,
  a1: LuaValue,
  dst: LuaValue,
  f: bigint,
  e: bigint,
  t: bigint,
  forward: boolean,
): void {
  const n = e - f + 1n;
  const sf = small(f);
  const st = small(t);
  if (
    isPlain(a1) &&
    isPlain(dst) &&
    sf !== undefined &&
    st !== undefined &&
    small(e) !== undefined &&
    small(t + n) !== undefined
  ) {
    const cnt = Number(n);
    if (forward) {
      for (let i = 0; i < cnt; i++) {
        L.charge(1); // the range may be huge (2^53 nils): let a budget stop it
        dst.setInt(st + i, a1.getInt(sf + i));
      }
    } else {
      for (let i = cnt - 1; i >= 0; i--) {
        L.charge(1);
        dst.setInt(st + i, a1.getInt(sf + i));
      }
    }
    return;
  }
  if (forward) {
    for (let i = 0n; i < n; i++) {
      L.charge(1);
      A.seti(dst, intFromBig(t + i), A.geti(a1, intFromBig(f + i)));
    }
  } else {
    for (let i = n - 1n; i >= 0n; i--) {
      L.charge(1);
      A.seti(dst, intFromBig(t + i), A.geti(a1, intFromBig(f + i)));
    }
  }
}

/// The text of t[i] for concat, or the error tconcat's addfield raises.
function fieldText(L: LuaState, v: LuaValue, i: bigint | number): string {
  if (typeof v === 'string') return v;
  if (isNumber(v)) return numberToString(v);
  libError(L, `invalid value (${typeName(v)}) at index ${i} in table for 'concat'`);
}

/// table.concat's loop over t[first..last] (first <= last).
function concat(L: LuaState, A: Access, t: LuaValue, sep: string, first: bigint, last: bigint): string {
  const parts: string[] = [];
  let size = 0;
  const sf = small(first);
  const sl = small(last);
  if (isPlain(t) && sf !== undefined && sl !== undefined) {
    for (let i = sf; i <= sl; i++) {
      const s = fieldText(L, t.getInt(i), i);
      size += s.length + sep.length;
      L.checkString(size, 0);
      parts.push(s);
      L.charge(1);
    }
    return parts.join(sep);
  }
  for (let i = first; ; i++) {
    const s = fieldText(L, A.geti(t, intFromBig(i)), i);
    size += s.length + sep.length;
    L.checkString(size, 0);
    parts.push(s);
    L.charge(1);
    if (i === last) break;
  }
  return parts.join(sep);
}

// ---------------------------------------------------------------- table.sort

/// Arrays larger than this may use a "randomised" pivot (ltablib's RANLIMIT).
const RANLIMIT = 100;

// Resume points of the sort state machine (see sortRun).
const LEN = 0; // waiting for __len
const HEAD = 1; // auxsort: while (lo < up)
const H_GETLO = 2;
const H_GOTLO = 3;
const H_GOTUP = 4;
const H_CMP1 = 5; // a[up] < a[lo]?
const H_SWAP1B = 6;
const H_PIVOT = 7;
const H_GOTP = 8;
const H_GOTLO2 = 9;
const H_CMP2 = 10; // a[p] < a[lo]?
const H_SWAP2B = 11;
const H_GETUP2 = 12;
const H_GOTUP2 = 13;
const H_CMP3 = 14; // a[up] < a[p]?
const H_SWAP3B = 15;
const H_PART = 16; // fetch the pivot, move it to up - 1
const H_GOTPV = 17;
const H_GOTUM1 = 18;
const H_SETUM1 = 19;
const P_I = 20; // partition: repeat ++i while a[i] < P
const P_I0 = 21;
const P_IGOT = 22;
const P_ICMP = 23;
const P_J = 24; // repeat --j while P < a[j]
const P_J0 = 25;
const P_JGOT = 26;
const P_JCMP = 27;
const P_SWAPB = 28; // second store of set2(i, j)
const P_ENDB = 29; // second store of set2(up - 1, i)
const P_DONE = 30; // partition returned i
const POP = 31; // an auxsort call returned

/// The registers of a sort in progress.
class SortState {
  pc = HEAD;
  lo = 0;
  up = 0;
  p = 0;
  i = 0;
  j = 0;
  rnd = 0;
  /// The pivot and the two elements in hand (PUC keeps them on its stack).
  pv: LuaValue = undefined;
  a: LuaValue = undefined;
  b: LuaValue = undefined;
  /// Pending auxsort continuations: lo, up, n, rnd for each.
  stack: number[] = [];
  /// State of the pivot "randomiser".
  seed = 0;
  constructor(
    readonly t: LuaValue,
    readonly f: LuaValue,
    readonly nargs: number,
  ) {}
}

/// Checks n = #t and the comparator, then sorts t[1..n].
function sortStart(L: LuaState, s: SortState, len: LuaValue): LuaValue {
  const n = toIntegerStr(len);
  if (n === undefined) libError(L, 'object length is not an integer');
  if (!numLt(1, n)) return L.ret0();
  if (!numLt(n, INT_MAX)) argError(L, 1, 'array too big', 'table.sort');
  if (s.f !== undefined && typeof s.f !== 'function')
    typeError(L, 2, 'function', s.f, s.nargs >= 2, 'table.sort');
  s.pc = HEAD;
  s.lo = 1;
  s.up = n as number;
  s.seed = (Math.imul(s.up, 0x9e3779b1) ^ 0x5bd1e995) >>> 0 || 1;
  return sortRun(L, s, undefined);
}

function suspendSort(L: LuaState, s: SortState, pc: number): LuaValue {
  s.pc = pc;
  L.push(new HostFrame(sortK, s, 'table.sort'));
  return SUSPEND;
}

/// The continuation of a suspended sort; named 'table.sort' so that stack
/// scans (error positions, argument errors) see the sort as a level.
const sortK = {
  'table.sort'(L: LuaState, s: SortState, v: LuaValue, isThrow: boolean): LuaValue {
    if (isThrow) throw v;
    if (s.pc === LEN) return sortStart(L, s, v);
    return sortRun(L, s, v);
  },
}['table.sort'];

/// ltablib's l_randomizePivot, made deterministic: xorshift32.
function nextSeed(s: SortState): number {
  let x = s.seed;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return (s.seed = x >>> 0);
}

/// t[i] (lua_geti): a value, or SUSPEND from an __index function.
function sget(L: LuaState, tab: LuaTable | undefined, t: LuaValue, i: number): LuaValue {
  if (tab !== undefined) {
    const arr = tab.arr;
    if (i <= arr.length) {
      const v = arr[i - 1];
      if (v !== undefined) return v;
    }
    const mt = tab.metatable;
    if (mt === undefined || mt.str.__index === undefined) return tab.getInt(i);
  }
  return index(L, t, i, 0);
}

/// t[i] = v (lua_seti): undefined, or SUSPEND from a __newindex function.
function sset(L: LuaState, tab: LuaTable | undefined, t: LuaValue, i: number, v: LuaValue): LuaValue {
  if (tab !== undefined) {
    const mt = tab.metatable;
    if (mt === undefined || mt.str.__newindex === undefined) {
      const arr = tab.arr;
      if (v !== undefined && i <= arr.length) arr[i - 1] = v;
      else tab.setInt(i, v);
      return undefined;
    }
  }
  return setindex(L, t, i, v, 0);
}

/// a < b by the sort's order: a truthy/falsy value, or SUSPEND.
function scmp(L: LuaState, f: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
  if (f === undefined) {
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'string' && typeof b === 'string') return a < b;
    return lt(L, a, b, 0);
  }
  // A Lua comparator may yield (beyond PUC); a host function called directly
  // by the sort is across a C boundary, as in PUC (sort(t, coroutine.yield)).
  if ((f as LuaFunction).P === undefined) return L.callNested(f, [a, b]);
  enterC(L, 0);
  const r = (f as LuaFunction)(a, b);
  L.ccalls--;
  return r;
}

/// Runs the sort from s.pc; `r` is the outcome of the operation the sort was
/// waiting for when it suspended. Returns like table.sort: no results, or
/// SUSPEND after saving the registers and pushing its continuation.
///
/// The registers live in JS locals while running (saved only to suspend).
/// Each operation that may suspend is written
///   r = op(...); if (r === SUSPEND) { pc = NEXT; break run; }
///   case NEXT: ...use r...
/// so that a resumption enters at NEXT with the operation's result in r.
function sortRun(L: LuaState, s: SortState, r: LuaValue): LuaValue {
  const t = s.t;
  const tab = t instanceof LuaTable ? t : undefined;
  const f = s.f;
  const stack = s.stack;
  let pc = s.pc;
  let lo = s.lo;
  let up = s.up;
  let p = s.p;
  let i = s.i;
  let j = s.j;
  let rnd = s.rnd;
  let pv = s.pv;
  let a = s.a;
  let b = s.b;
  run: for (;;) {
    switch (pc) {
      case HEAD:
        if (lo >= up) {
          pc = POP;
          continue;
        }
        if (--L.budget < 0 && L.tick()) {
          pc = H_GETLO;
          break run;
        }
      // sort elements 'lo', 'p' and 'up'
      case H_GETLO:
        r = sget(L, tab, t, lo);
        if (r === SUSPEND) {
          pc = H_GOTLO;
          break run;
        }
      case H_GOTLO:
        a = r;
        r = sget(L, tab, t, up);
        if (r === SUSPEND) {
          pc = H_GOTUP;
          break run;
        }
      case H_GOTUP:
        b = r;
        r = scmp(L, f, b, a);
        if (r === SUSPEND) {
          pc = H_CMP1;
          break run;
        }
      case H_CMP1:
        if (r !== undefined && r !== false) {
          // a[up] < a[lo]: swap them
          r = sset(L, tab, t, lo, b);
          if (r === SUSPEND) {
            pc = H_SWAP1B;
            break run;
          }
        } else {
          pc = H_PIVOT;
          continue;
        }
      case H_SWAP1B:
        r = sset(L, tab, t, up, a);
        if (r === SUSPEND) {
          pc = H_PIVOT;
          break run;
        }
      case H_PIVOT:
        if (up - lo === 1) {
          pc = POP; // only 2 elements: sorted
          continue;
        }
        if (up - lo < RANLIMIT || rnd === 0) p = Math.floor((lo + up) / 2);
        else {
          const r4 = Math.floor((up - lo) / 4); // choosePivot
          p = (rnd % (r4 * 2)) + (lo + r4);
        }
        r = sget(L, tab, t, p);
        if (r === SUSPEND) {
          pc = H_GOTP;
          break run;
        }
      case H_GOTP:
        a = r;
        r = sget(L, tab, t, lo);
        if (r === SUSPEND) {
          pc = H_GOTLO2;
          break run;
        }
      case H_GOTLO2:
        b = r;
        r = scmp(L, f, a, b);
        if (r === SUSPEND) {
          pc = H_CMP2;
          break run;
        }
      case H_CMP2:
        if (r !== undefined && r !== false) {
          // a[p] < a[lo]: swap them
          r = sset(L, tab, t, p, b);
          if (r === SUSPEND) {
            pc = H_SWAP2B;
            break run;
          }
        } else {
          pc = H_GETUP2;
          continue;
        }
      case H_SWAP2B:
        r = sset(L, tab, t, lo, a);
        if (r === SUSPEND) {
          pc = H_PART;
          break run;
        }
        pc = H_PART;
        continue;
      case H_GETUP2:
        r = sget(L, tab, t, up);
        if (r === SUSPEND) {
          pc = H_GOTUP2;
          break run;
        }
      case H_GOTUP2:
        b = r;
        r = scmp(L, f, b, a);
        if (r === SUSPEND) {
          pc = H_CMP3;
          break run;
        }
      case H_CMP3:
        if (r !== undefined && r !== false) {
          // a[up] < a[p]: swap them
          r = sset(L, tab, t, p, b);
          if (r === SUSPEND) {
            pc = H_SWAP3B;
            break run;
          }
        } else {
          pc = H_PART;
          continue;
        }
      case H_SWAP3B:
        r = sset(L, tab, t, up, a);
        if (r === SUSPEND) {
          pc = H_PART;
          break run;
        }
      case H_PART:
        if (up - lo === 2) {
          pc = POP; // only 3 elements: sorted
          continue;
        }
        r = sget(L, tab, t, p);
        if (r === SUSPEND) {
          pc = H_GOTPV;
          break run;
        }
      case H_GOTPV:
        pv = r;
        r = sget(L, tab, t, up - 1);
        if (r === SUSPEND) {
          pc = H_GOTUM1;
          break run;
        }
      case H_GOTUM1:
        // swap the pivot (a[p]) with a[up - 1]
        r = sset(L, tab, t, p, r);
        if (r === SUSPEND) {
          pc = H_SETUM1;
          break run;
        }
      case H_SETUM1:
        i = lo;
        j = up - 1;
        r = sset(L, tab, t, up - 1, pv);
        if (r === SUSPEND) {
          pc = P_I;
          break run;
        }
      // partition: invariant a[lo .. i] <= P <= a[j .. up], P = a[up - 1]
      case P_I:
        if (--L.budget < 0 && L.tick()) {
          pc = P_I0;
          break run;
        }
      case P_I0:
        r = sget(L, tab, t, ++i);
        if (r === SUSPEND) {
          pc = P_IGOT;
          break run;
        }
      case P_IGOT:
        a = r;
        r = scmp(L, f, a, pv);
        if (r === SUSPEND) {
          pc = P_ICMP;
          break run;
        }
      case P_ICMP:
        if (r !== undefined && r !== false) {
          // a[i] < P
          if (i === up - 1) libError(L, 'invalid order function for sorting');
          pc = P_I;
          continue;
        }
      case P_J:
        if (--L.budget < 0 && L.tick()) {
          pc = P_J0;
          break run;
        }
      case P_J0:
        r = sget(L, tab, t, --j);
        if (r === SUSPEND) {
          pc = P_JGOT;
          break run;
        }
      case P_JGOT:
        b = r;
        r = scmp(L, f, pv, b);
        if (r === SUSPEND) {
          pc = P_JCMP;
          break run;
        }
      case P_JCMP:
        if (r !== undefined && r !== false) {
          // P < a[j]
          if (j < i) libError(L, 'invalid order function for sorting');
          pc = P_J;
          continue;
        }
        if (j < i) {
          // no elements out of place: move the pivot to i
          r = sset(L, tab, t, up - 1, a);
          if (r === SUSPEND) {
            pc = P_ENDB;
            break run;
          }
          pc = P_ENDB;
          continue;
        }
        // swap a[i] and a[j] and go on
        r = sset(L, tab, t, i, b);
        if (r === SUSPEND) {
          pc = P_SWAPB;
          break run;
        }
      case P_SWAPB:
        r = sset(L, tab, t, j, a);
        if (r === SUSPEND) {
          pc = P_I;
          break run;
        }
        pc = P_I;
        continue;
      case P_ENDB:
        r = sset(L, tab, t, i, pv);
        if (r === SUSPEND) {
          pc = P_DONE;
          break run;
        }
      case P_DONE:
        // a[lo .. p - 1] <= a[p] == P <= a[p + 1 .. up]: sort the smaller
        // part first ("recursively"), then the larger one
        p = i;
        a = b = pv = undefined;
        if (p - lo < up - p) {
          stack.push(p + 1, up, p - lo, rnd);
          up = p - 1;
        } else {
          stack.push(lo, p - 1, up - p, rnd);
          lo = p + 1;
        }
        pc = HEAD;
        continue;
      case POP: {
        if (stack.length === 0) return L.ret0();
        rnd = stack.pop()!;
        const n = stack.pop()!;
        up = stack.pop()!;
        lo = stack.pop()!;
        if (Math.floor((up - lo) / 128) > n) rnd = nextSeed(s); // partition too imbalanced
        pc = HEAD;
        continue;
      }
      default:
        throw new Error(`table.sort: bad resume point ${pc}`);
    }
  }
  s.lo = lo;
  s.up = up;
  s.p = p;
  s.i = i;
  s.j = j;
  s.rnd = rnd;
  s.pv = pv;
  s.a = a;
  s.b = b;
  return suspendSort(L, s, pc);
}
