// The basic library (PUC's lbaselib): print, type, tostring, tonumber,
// pcall/xpcall/error, metatables, raw access, next/pairs/ipairs, select,
// load, collectgarbage, _G and _VERSION.
//
// Library functions follow the calling convention of state.ts and are named
// by their qualified Lua name (debug.ts reads the names off the JS stack).
// pcall and xpcall survive suspension of their callee: they push a HostFrame
// that turns the callee's outcome into `true, ...` or `false, err`. So do
// tostring and print (a __tostring may yield) and load (its reader may).

import { compileChunk } from '../compiler/compile.js';
import { LuaSyntaxError } from '../frontend/errors.js';
import { callNested } from '../runtime/call.js';
import { registerBuiltins, where } from '../runtime/debug.js';
import { LuaThrow, toLuaThrow } from '../runtime/errors.js';
import { runPending } from '../runtime/finalize.js';
import { HostFrame } from '../runtime/frames.js';
import {
  callValue,
  enterC,
  getMetatable,
  index,
  metaOf,
  raise,
  rawset,
  tostringBasic,
  typeName,
} from '../runtime/metamethods.js';
import {
  bigOf,
  intAdd,
  isNumber,
  mkfloat,
  numberToString,
  numEq,
  str2number,
  wrapBig,
} from '../runtime/number.js';
import { type LuaState, SUSPEND } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { Req } from '../runtime/thread.js';
import { Cell, type LuaFunction, type LuaValue } from '../runtime/value.js';
import { WEAK_KEYS, WEAK_VALUES } from '../runtime/weak.js';
import {
  argError,
  checkAny,
  checkInt,
  checkInteger,
  checkOption,
  checkString,
  checkTable,
  libError,
  optString,
  typeError,
} from './args.js';
import { loadBinary } from './dump.js';

/// luaL_tolstring: __tostring, __name, or the default text.
export function tostring(L: LuaState, v: LuaValue): string {
  const mm = metaOf(L, v, '__tostring');
  if (mm === undefined) return tostringBasic(L, v);
  return tostringResult(L, callNested(L, mm, [v]));
}

/// Calls v's __tostring where the caller can continue after a suspension
/// (beyond PUC, which forbids yields there): its result, or SUSPEND. A host
/// function as __tostring is called across a C boundary, as in PUC.
function callTostring(L: LuaState, mm: LuaValue, v: LuaValue): LuaValue {
  if (typeof mm === 'function' && mm.P === undefined) return callNested(L, mm, [v]);
  enterC(L, 0);
  const r = callValue(L, mm, 0, [v]);
  L.ccalls--;
  return r;
}

/// The text __tostring returned: a string, or a number converted.
function tostringResult(L: LuaState, r: LuaValue): string {
  if (typeof r === 'string') return r;
  if (isNumber(r)) return tostringBasic(L, r);
  libError(L, "'__tostring' must return a string");
}

/// luaL_tolstring where the caller can continue after a suspension: the text
/// of v, or SUSPEND (the result of v's __tostring then goes through
/// tostringResult).
function tostringStep(L: LuaState, v: LuaValue): LuaValue {
  const mm = metaOf(L, v, '__tostring');
  if (mm === undefined) return tostringBasic(L, v);
  const r = callTostring(L, mm, v);
  return r === SUSPEND ? r : tostringResult(L, r);
}

function tostringK(L: LuaState, _s: undefined, v: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw v;
  return L.ret1(tostringResult(L, v));
}

/// A print in progress: its arguments, the next one to convert and the line
/// so far (kept in a HostFrame while a __tostring suspends).
interface PrintState {
  args: LuaValue[];
  i: number;
  line: string;
}

/// The weak mode a metatable asks for (its __mode string).
export function weakMode(mt: LuaTable | undefined): number {
  const m = mt?.getStr('__mode');
  if (typeof m !== 'string') return 0;
  return (m.includes('k') ? WEAK_KEYS : 0) | (m.includes('v') ? WEAK_VALUES : 0);
}

/// Results `true, ...` after a successful protected call whose first result is r.
function prependTrue(L: LuaState, r: LuaValue): LuaValue {
  const n = L.nret;
  const ret = L.ret;
  if (n >= 2) {
    for (let i = n; i >= 1; i--) ret[i] = ret[i - 1];
  } else if (n === 1) ret[1] = r;
  ret[0] = true;
  L.nret = n + 1;
  return true;
}

/// State of a pcall or xpcall waiting for its callee: the message handler, and
/// whether the call started while its thread was being closed (only calls made
/// by the closing itself still catch errors then).
interface PcallState {
  h: LuaValue;
  inClose: boolean;
}

function passes(L: LuaState, t: LuaThrow, st: { inClose: boolean }): boolean {
  return t.uncatchable || (L.current.closing && !st.inClose);
}

function pcallK(L: LuaState, st: PcallState, v: LuaValue, isThrow: boolean): LuaValue {
  L.current.pcalls--;
  if (isThrow) {
    const t = v as LuaThrow;
    if (passes(L, t, st)) throw t;
    return L.ret2(false, t.value);
  }
  return prependTrue(L, v);
}

function xpcallK(L: LuaState, st: PcallState, v: LuaValue, isThrow: boolean): LuaValue {
  L.current.pcalls--;
  if (isThrow) {
    const t = v as LuaThrow;
    if (passes(L, t, st)) throw t;
    return L.ret2(false, handled(L, t, st.h));
  }
  return prependTrue(L, v);
}

/// The value an xpcall returns for error t: the handler's result, computed now
/// if the error did not pass through raise (a host exception).
function handled(L: LuaState, t: LuaThrow, h: LuaValue): LuaValue {
  if (t.handled) return t.value;
  const saved = L.handler;
  L.handler = h;
  try {
    L.runHandler(t);
  } finally {
    L.handler = saved;
  }
  return t.value;
}

/// The part of a protected call made before any suspension: calls f(...args)
/// with message handler h. Returns its first result; SUSPEND (the thread's
/// pcall count stays raised until the caller's continuation lowers it); or
/// the catchable error it raised, with the state restored.
function tryCall(L: LuaState, f: LuaValue, args: LuaValue[], h: LuaValue): LuaValue | LuaThrow {
  const depth = L.depth;
  const ccalls = L.ccalls;
  const handler = L.handler;
  const T = L.current;
  L.handler = h;
  T.pcalls++;
  let r: LuaValue;
  try {
    enterC(L, 0);
    r = callValue(L, f, 0, args);
  } catch (e) {
    L.depth = depth;
    L.ccalls = ccalls;
    L.handler = handler;
    T.pcalls--;
    const t = toLuaThrow(e);
    // (A call on the JS stack during a closing was made by the closing.)
    if (t.uncatchable) throw t;
    return t;
  }
  L.ccalls = ccalls;
  L.handler = handler;
  if (r !== SUSPEND) T.pcalls--;
  return r;
}

/// Shared body of pcall and xpcall.
function protectedCall(L: LuaState, f: LuaValue, args: LuaValue[], h: LuaValue, isX: boolean): LuaValue {
  const r = tryCall(L, f, args, h);
  if (r instanceof LuaThrow) return L.ret2(false, isX ? handled(L, r, h) : r.value);
  if (r === SUSPEND) {
    const st: PcallState = { h, inClose: L.current.closing };
    L.push(new HostFrame(isX ? xpcallK : pcallK, st, isX ? '_G.xpcall' : '_G.pcall'));
    return r;
  }
  return prependTrue(L, r);
}

/// A load reading its chunk from a reader function (which may suspend).
interface LoadState {
  reader: LuaValue;
  /// The pieces read since the last flush into `text`.
  pieces: string[];
  text: string;
  /// Bytes read in all.
  size: number;
  chunkname: string;
  mode: string;
  env: LuaValue;
  inClose: boolean;
}

/// Longest chunk a reader may produce ("not enough memory" past it): V8's
/// strings end at about 2^29 characters.
const MAX_CHUNK = 2 ** 28;

/// Calls the reader until it returns nil or an empty string, then loads the
/// pieces; `r` is the reader's result when resuming. Errors in the reader
/// (and a piece that is not a string) make load return nil and the message,
/// as PUC's protected parser does; the mode is checked on the first piece.
function loadRead(L: LuaState, st: LoadState, r: LuaValue, resumed: boolean): LuaValue {
  for (;;) {
    if (!resumed) {
      r = tryCall(L, st.reader, [], L.handler);
      if (r instanceof LuaThrow) return L.ret2(undefined, r.value);
      if (r === SUSPEND) {
        st.inClose = L.current.closing;
        L.push(new HostFrame(loadK, st, '_G.load'));
        return r;
      }
    }
    resumed = false;
    if (r === undefined || r === '') break;
    const piece = typeof r === 'string' ? r : isNumber(r) ? numberToString(r) : undefined;
    if (piece === undefined) {
      try {
        libError(L, 'reader function must return a string');
      } catch (e) {
        const t = toLuaThrow(e);
        if (t.uncatchable) throw t;
        return L.ret2(undefined, t.value);
      }
    }
    const bad = st.size === 0 ? modeError(piece, st.mode) : undefined;
    if (bad !== undefined) return L.ret2(undefined, bad);
    st.size += piece.length;
    if (st.size > Math.min(MAX_CHUNK, L.maxStringBytes)) return L.ret2(undefined, 'not enough memory');
    st.pieces.push(piece);
    if (st.pieces.length >= 1024) {
      st.text += st.pieces.join('');
      st.pieces.length = 0;
    }
  }
  return loadSource(L, st.text + st.pieces.join(''), st.chunkname, st.mode, st.env);
}

/// The continuation of a load whose reader suspended; named as load so that
/// error positions see it as that library level.
const loadK = {
  '_G.load'(L: LuaState, st: LoadState, v: LuaValue, isThrow: boolean): LuaValue {
    L.current.pcalls--;
    if (!isThrow) return loadRead(L, st, v, true);
    const t = v as LuaThrow;
    if (passes(L, t, st)) throw t;
    return L.ret2(undefined, t.value);
  },
}['_G.load'];

/// load's results for a complete chunk: the function, or nil and a message.
function loadSource(L: LuaState, source: string, chunkname: string, mode: string, env: LuaValue): LuaValue {
  const bad = modeError(source, mode);
  if (bad !== undefined) return L.ret2(undefined, bad);
  try {
    return L.ret1(loadChunk(L, source, chunkname, env));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return L.ret2(undefined, e.message);
    throw e;
  }
}

/// The message refusing a chunk whose first byte is of a kind `mode` does not
/// allow, or undefined.
function modeError(source: string, mode: string): string | undefined {
  const binary = source.charCodeAt(0) === 27;
  if (binary && !mode.includes('b')) return `attempt to load a binary chunk (mode is '${mode}')`;
  if (!binary && !mode.includes('t')) return `attempt to load a text chunk (mode is '${mode}')`;
  return undefined;
}

/// pairs through __pairs: exactly three results.
function pairsK(L: LuaState, _s: unknown, r: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw r;
  return L.results([r, L.nret > 1 ? L.ret[1] : undefined, L.nret > 2 ? L.ret[2] : undefined]);
}

function ipairsAux(L: LuaState): LuaFunction {
  const lib = {
    ipairs_aux(t: LuaValue, i: LuaValue): LuaValue {
      const k = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intAdd(i, 1);
      const v =
        t instanceof LuaTable && t.metatable === undefined
          ? typeof k === 'number'
            ? t.getInt(k)
            : t.get(k)
          : index(L, t, k, 0);
      if (v === SUSPEND) {
        L.push(
          new HostFrame((L2, kk, vv, isThrow) => {
            if (isThrow) throw vv;
            return vv === undefined ? L2.ret1(undefined) : L2.ret2(kk, vv);
          }, k),
        );
        return v;
      }
      if (v === undefined) return L.ret1(undefined);
      return L.ret2(k, v);
    },
  };
  return lib.ipairs_aux;
}

/// Loads a chunk: returns the main closure, or throws LuaSyntaxError.
export function loadChunk(L: LuaState, source: string, chunkname: string, env: LuaValue): LuaFunction {
  if (source.charCodeAt(0) === 27) return loadBinary(L, source, chunkname, env); // '\x1b': string.dump's
  const chunk = compileChunk(L, source, chunkname);
  return chunk.main.mk([new Cell(env)]);
}

function b_str2int(s: string, base: number): LuaValue {
  let p = 0;
  const n = s.length;
  const space = (c: number) => c === 32 || (c >= 9 && c <= 13);
  while (p < n && space(s.charCodeAt(p))) p++;
  let neg = false;
  if (s[p] === '-') {
    neg = true;
    p++;
  } else if (s[p] === '+') p++;
  const digit = (c: number): number => {
    if (c >= 48 && c <= 57) return c - 48;
    const u = c & ~32;
    if (u >= 65 && u <= 90) return u - 55;
    return -1;
  };
  if (p >= n || digit(s.charCodeAt(p)) < 0) return undefined;
  let acc = 0n;
  const B = BigInt(base);
  for (; p < n; p++) {
    const d = digit(s.charCodeAt(p));
    if (d < 0) break;
    if (d >= base) return undefined;
    acc = BigInt.asUintN(64, acc * B + BigInt(d));
  }
  while (p < n && space(s.charCodeAt(p))) p++;
  if (p !== n) return undefined;
  return wrapBig(neg ? -acc : acc);
}

function collectDone(L: LuaState, result: LuaValue, v: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw v;
  // Finalizers of what the collection freed run before collectgarbage returns.
  L.finalizers.sweep();
  return runPending(L, L.ret1(result));
}

const GC_OPTIONS = [
  'stop',
  'restart',
  'collect',
  'count',
  'step',
  'setpause',
  'setstepmul',
  'isrunning',
  'generational',
  'incremental',
];

/// A Lua integer converted to a C int, as `(int)luaL_optinteger(...)` does.
function cInt(v: LuaValue): number {
  return typeof v === 'number' ? v | 0 : Number(BigInt.asIntN(32, bigOf(v)));
}

/// setgcparam: PUC keeps a collector parameter divided by 4 in a byte.
function gcParam(v: number): number {
  return Math.trunc(v / 4) & 0xff;
}

function nextMacrotask(f: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(f);
  else setTimeout(f, 0);
}

/// Installs the basic library into the globals of L.
export function openBase(L: LuaState, out: (s: string) => void): void {
  const G = L.globals;

  /// print from argument st.i on: converts each argument (a __tostring may
  /// suspend), then writes the line; when `resumed`, `r` is the result of
  /// the __tostring of argument st.i. As lua5.4 writes each piece as it
  /// goes, an error in a __tostring still writes the pieces before it.
  const printRun = (st: PrintState, r: LuaValue, resumed: boolean): LuaValue => {
    const args = st.args;
    try {
      for (; st.i < args.length; st.i++) {
        const s = resumed ? tostringResult(L, r) : tostringStep(L, args[st.i]);
        resumed = false;
        if (s === SUSPEND) {
          L.push(new HostFrame(printK, st, '_G.print'));
          return s;
        }
        st.line += st.i === 0 ? s : '\t' + s;
      }
    } catch (e) {
      if (st.line !== '') out(st.line);
      throw e;
    }
    out(st.line + '\n');
    return L.ret0();
  };

  const printK = (_L: LuaState, st: PrintState, v: LuaValue, isThrow: boolean): LuaValue => {
    if (!isThrow) return printRun(st, v, true);
    if (st.line !== '') out(st.line);
    throw v;
  };
  const lib = {
    '_G.print'(...args: LuaValue[]): LuaValue {
      return printRun({ args, i: 0, line: '' }, undefined, false);
    },

    '_G.type'(v: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, '_G.type');
      return L.ret1(typeName(v));
    },

    '_G.tostring'(v: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, '_G.tostring');
      const s = tostringStep(L, v);
      if (s !== SUSPEND) return L.ret1(s);
      L.push(new HostFrame(tostringK, undefined, '_G.tostring'));
      return s;
    },

    '_G.tonumber'(v: LuaValue, base: LuaValue): LuaValue {
      if (base === undefined) {
        if (isNumber(v)) return L.ret1(v);
        if (typeof v === 'string') {
          const n = str2number(v);
          if (n !== undefined) return L.ret1(n);
        }
        checkAny(L, arguments.length, 1, '_G.tonumber');
        return L.ret1(undefined);
      }
      const b = checkInt(L, base, 2, arguments.length, '_G.tonumber');
      if (typeof v !== 'string') typeError(L, 1, 'string', v, arguments.length >= 1, '_G.tonumber');
      if (!(b >= 2 && b <= 36)) argError(L, 2, 'base out of range', '_G.tonumber');
      return L.ret1(b_str2int(v, b));
    },

    '_G.pcall'(f: LuaValue, ...args: LuaValue[]): LuaValue {
      checkAny(L, arguments.length, 1, '_G.pcall');
      return protectedCall(L, f, args, undefined, false);
    },

    '_G.xpcall'(f: LuaValue, h: LuaValue, ...args: LuaValue[]): LuaValue {
      if (typeof h !== 'function') typeError(L, 2, 'function', h, arguments.length >= 2, '_G.xpcall');
      return protectedCall(L, f, args, h, true);
    },

    '_G.error'(v: LuaValue, level: LuaValue): never {
      const lv = level === undefined ? 1 : checkInt(L, level, 2, arguments.length, '_G.error');
      // Called straight from a compiled call site named `error` (see
      // LuaState.errorSite), level 1 is that site: no stack scan needed.
      const direct = L.errorFn === lib['_G.error'] && L.errorDepth === L.depth;
      L.errorFn = undefined;
      if (typeof v === 'string' && lv > 0)
        v = (lv === 1 && direct ? L.siteWhere(L.errorSite) : where(L, lv)) + v;
      raise(L, v);
    },

    '_G.assert'(...args: LuaValue[]): LuaValue {
      const v = args[0];
      if (v !== undefined && v !== false) return L.results(args);
      checkAny(L, args.length, 1, '_G.assert');
      let msg = args.length >= 2 ? args[1] : 'assertion failed!';
      if (typeof msg === 'string') msg = where(L, 1) + msg;
      raise(L, msg);
    },

    '_G.select'(n: LuaValue, ...args: LuaValue[]): LuaValue {
      const count = args.length;
      if (n === '#') return L.ret1(count);
      let i = checkInt(L, n, 1, arguments.length, '_G.select');
      if (i < 0) i = count + i;
      else if (i > count) i = count;
      else i--;
      if (i < 0) argError(L, 1, 'index out of range', '_G.select');
      return L.results(args.slice(i));
    },

    '_G.setmetatable'(t: LuaValue, mt: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, '_G.setmetatable');
      if ((mt !== undefined && !(mt instanceof LuaTable)) || arguments.length < 2)
        typeError(L, 2, 'nil or table', mt, arguments.length >= 2, '_G.setmetatable');
      const tt = t as LuaTable;
      if (tt.metatable !== undefined && tt.metatable.getStr('__metatable') !== undefined)
        libError(L, 'cannot change a protected metatable');
      tt.setMetatable(mt);
      tt.setWeakMode(weakMode(mt));
      L.finalizers.check(tt, mt);
      return L.ret1(t);
    },

    '_G.getmetatable'(v: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, '_G.getmetatable');
      const mt = getMetatable(L, v);
      if (mt === undefined) return L.ret1(undefined);
      const protectedMt = mt.getStr('__metatable');
      return L.ret1(protectedMt !== undefined ? protectedMt : mt);
    },

    '_G.rawget'(t: LuaValue, k: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, '_G.rawget');
      checkAny(L, arguments.length, 2, '_G.rawget');
      return L.ret1((t as LuaTable).get(k));
    },

    '_G.rawset'(t: LuaValue, k: LuaValue, v: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, '_G.rawset');
      checkAny(L, arguments.length, 2, '_G.rawset');
      checkAny(L, arguments.length, 3, '_G.rawset');
      rawset(L, t as LuaTable, k, v, 0);
      return L.ret1(t);
    },

    '_G.rawequal'(a: LuaValue, b: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, '_G.rawequal');
      checkAny(L, arguments.length, 2, '_G.rawequal');
      return L.ret1(a === b || (isNumber(a) && isNumber(b) && numEq(a, b)));
    },

    '_G.rawlen'(v: LuaValue): LuaValue {
      if (v instanceof LuaTable) return L.ret1(v.length());
      if (typeof v === 'string') return L.ret1(v.length);
      typeError(L, 1, 'table or string', v, arguments.length >= 1, '_G.rawlen');
    },

    '_G.next'(t: LuaValue, k: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, '_G.next');
      const out = L.ret;
      const r = (t as LuaTable).next(k, out);
      if (r === undefined) raise(L, "invalid key to 'next'");
      if (!r) return L.ret1(undefined);
      L.nret = 2;
      return out[0];
    },

    '_G.pairs'(t: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, '_G.pairs');
      const mm = metaOf(L, t, '__pairs');
      if (mm === undefined) {
        L.nret = 3;
        L.ret[0] = next;
        L.ret[1] = t;
        L.ret[2] = undefined;
        return next;
      }
      enterC(L, 0);
      const r = callValue(L, mm, 0, [t]);
      L.ccalls--;
      if (r === SUSPEND) {
        L.push(new HostFrame(pairsK, undefined, '_G.pairs'));
        return r;
      }
      return pairsK(L, undefined, r, false);
    },

    '_G.ipairs'(t: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, '_G.ipairs');
      L.nret = 3;
      L.ret[0] = ipairsIter;
      L.ret[1] = t;
      L.ret[2] = 0;
      return ipairsIter;
    },

    '_G.load'(chunk: LuaValue, name: LuaValue, mode: LuaValue, env: LuaValue): LuaValue {
      const nargs = arguments.length;
      const e = nargs >= 4 ? env : L.globals;
      if (typeof chunk === 'string' || isNumber(chunk)) {
        const source = checkString(L, chunk, 1, nargs, '_G.load');
        const chunkname = optString(L, name, 2, nargs, '_G.load', source);
        return loadSource(L, source, chunkname, optString(L, mode, 3, nargs, '_G.load', 'bt'), e);
      }
      if (typeof chunk !== 'function') typeError(L, 1, 'function', chunk, nargs >= 1, '_G.load');
      const chunkname = optString(L, name, 2, nargs, '_G.load', '=(load)');
      const m = optString(L, mode, 3, nargs, '_G.load', 'bt');
      const st: LoadState = {
        reader: chunk,
        pieces: [],
        text: '',
        size: 0,
        chunkname,
        mode: m,
        env: e,
        inClose: false,
      };
      return loadRead(L, st, undefined, false);
    },

    '_G.collectgarbage'(opt: LuaValue, a: LuaValue, b: LuaValue, c: LuaValue): LuaValue {
      const nargs = arguments.length;
      const fname = '_G.collectgarbage';
      const o = checkOption(L, opt, 1, nargs, fname, 'collect', GC_OPTIONS);
      const gcs = L.gc;
      // lua_gc refuses every option while a finalizer runs: luaL_pushfail.
      if (L.finalizers.running) return L.ret1(undefined);
      const arg = (v: LuaValue, i: number): number =>
        v === undefined ? 0 : cInt(checkInteger(L, v, i, nargs, fname));
      switch (o) {
        case 'count': {
          const bytes =
            typeof process !== 'undefined' && process.memoryUsage ? process.memoryUsage().heapUsed : 0;
          return L.ret1(mkfloat(bytes / 1024));
        }
        case 'isrunning':
          return L.ret1(!gcs.stopped);
        case 'stop':
        case 'restart':
          gcs.stopped = o === 'stop';
          return L.ret1(0);
        case 'setpause':
        case 'setstepmul': {
          const key = o === 'setpause' ? 'pause' : 'stepmul';
          const previous = gcs[key] * 4;
          gcs[key] = gcParam(arg(a, 2));
          return L.ret1(previous);
        }
        case 'incremental':
        case 'generational': {
          // generational(minormul, majormul), incremental(pause, stepmul,
          // stepsize): only pause and stepmul are visible afterwards.
          const previous = gcs.generational ? 'generational' : 'incremental';
          const pause = arg(a, 2);
          const stepmul = arg(b, 3);
          if (o === 'incremental') {
            arg(c, 4);
            if (pause !== 0) gcs.pause = gcParam(pause);
            if (stepmul !== 0) gcs.stepmul = gcParam(stepmul);
          }
          gcs.generational = o === 'generational';
          return L.ret1(previous);
        }
        default: {
          // 'collect' and 'step': every step is a full collection, so each
          // step ends a cycle.
          if (o === 'step') arg(a, 2);
          const result = o === 'step' ? true : 0;
          const gc = (globalThis as { gc?: () => void }).gc;
          if (typeof gc !== 'function') return runPending(L, L.ret1(result));
          // Results left over from earlier calls are dead: drop them.
          L.ret.fill(undefined);
          if (!L.collectionsMatter() || !L.canInterrupt || L.current.nny > 0) {
            gc();
            L.finalizers.sweep();
            return runPending(L, L.ret1(result));
          }
          // JavaScript clears weak references only once the current job
          // ends: collect in a fresh macrotask, then continue.
          L.promise = new Promise<void>((done) => nextMacrotask(() => done(gc())));
          L.request = Req.Await;
          L.push(new HostFrame(collectDone, result));
          return SUSPEND;
        }
      }
    },
  };
  registerBuiltins(lib);
  const next = lib['_G.next'];
  const ipairsIter = ipairsAux(L);
  registerBuiltins({ ipairs_aux: 1 });
  for (const [k, f] of Object.entries(lib)) G.setStr(k.slice(3), f);
  G.setStr('_G', G);
  G.setStr('_VERSION', 'Lua 5.4');
}
