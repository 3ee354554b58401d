// The debug library (PUC's ldblib).
//
// Levels come from runtime/debug.ts. Reading or writing the locals of a
// running function needs its registers, which live in JavaScript locals while
// it runs: getlocal/setlocal therefore first make every frame of the thread
// save itself to the heap (a "deepen" request with a HostFrame on top), then
// work on the saved registers; the frames continue afterwards with whatever
// setlocal wrote.

import type { ScopeVar } from '../compiler/codegen.js';
import type { Proto } from '../compiler/proto.js';
import { LuaSyntaxError } from '../frontend/errors.js';
import { HostError } from '../host/host.js';
import { displayName, getLevels, heapLevels, type Level, registerBuiltins } from '../runtime/debug.js';
import { toLuaThrow } from '../runtime/errors.js';
import { HostFrame, LuaFrame } from '../runtime/frames.js';
import { getMetatable, raise, tostringBasic, typeName } from '../runtime/metamethods.js';
import { type LuaState, SUSPEND, type Transfer } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { LuaThread, Req } from '../runtime/thread.js';
import { Cell, type LuaFunction, LuaLightUserdata, LuaUserdata, type LuaValue } from '../runtime/value.js';
import { WEAK_KEYS } from '../runtime/weak.js';
import { argError, checkInt, checkString, optString, typeError } from './args.js';
import { loadChunk, tostring, weakMode } from './base.js';
import { ioReadStdinLine, ioWriteStderr } from './io.js';

// ------------------------------------------------------------- names

/// The loaded-modules table (package.loaded), if the package library set it.
function loadedTable(L: LuaState): LuaTable | undefined {
  const t = L.registry.getStr('_LOADED');
  return t instanceof LuaTable ? t : undefined;
}

/// pushglobalfuncname: "mod.name" of a function found in package.loaded
/// (depth 2), "_G." stripped; undefined if not found.
export function globalFuncName(L: LuaState, fn: LuaValue): string | undefined {
  if (fn === undefined) return undefined;
  const loaded = loadedTable(L);
  const search = (mod: string, t: LuaTable): string | undefined => {
    for (const k of Object.keys(t.str)) if (t.str[k] === fn) return `${mod}.${k}`;
    return undefined;
  };
  let found: string | undefined;
  if (loaded !== undefined) {
    for (const mod of Object.keys(loaded.str)) {
      const t = loaded.str[mod];
      if (t instanceof LuaTable) {
        found = search(mod, t);
        if (found !== undefined) break;
      }
    }
  } else found = search('_G', L.globals);
  return found === undefined ? undefined : displayName(found);
}

/// The function value of a library function named by its qualified name.
function builtinByName(L: LuaState, qualified: string): LuaFunction | undefined {
  const dot = qualified.indexOf('.');
  const mod = qualified.slice(0, dot);
  const key = qualified.slice(dot + 1);
  const t = mod === '_G' ? L.globals : L.globals.getStr(mod);
  const f = t instanceof LuaTable ? t.getStr(key) : undefined;
  return typeof f === 'function' ? f : undefined;
}

function levelFn(L: LuaState, lv: Level): LuaFunction | undefined {
  if (lv.fn !== undefined) return lv.fn;
  if (lv.cname !== undefined) return builtinByName(L, lv.cname);
  return undefined;
}

/// (namewhat, name) of the function at levels[i], from its caller's site.
function levelName(levels: Level[], i: number): [string, string] {
  const lv = levels[i];
  const caller = levels[i + 1];
  if (lv?.hook) return ['hook', '?'];
  if (lv?.gc) return ['metamethod', '__gc'];
  if (lv === undefined || lv.tailcalled || caller === undefined || !caller.lua) return ['', ''];
  const s = caller.site;
  if (s === undefined || s.namewhat === '') return ['', ''];
  return [s.namewhat === 'upval' ? 'upvalue' : s.namewhat, s.name];
}

// --------------------------------------------------------- traceback

const LEVELS1 = 10;
const LEVELS2 = 11;

/// luaL_traceback's text for a list of levels (level 0 first).
export function formatTraceback(
  L: LuaState,
  levels: Level[],
  msg: string | undefined,
  first: number,
  bottomC: boolean,
): string {
  const lines: string[] = [];
  if (msg !== undefined) lines.push(msg);
  lines.push('stack traceback:');
  const all = levels.slice(first);
  const entries: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const lv = all[i];
    const idx = first + i;
    let where: string;
    if (!lv.lua) where = '[C]';
    else {
      const src = lv.proto?.chunk.shortSrc ?? '?';
      where = lv.line > 0 ? `${src}:${lv.line}` : src;
    }
    entries.push(
      `\t${where}: in ${funcDescription(L, levels, idx)}${lv.tailcalled ? '\n\t(...tail calls...)' : ''}`,
    );
  }
  if (bottomC) entries.push('\t[C]: in ?');
  if (entries.length > LEVELS1 + LEVELS2) {
    const skip = entries.length - LEVELS1 - LEVELS2;
    lines.push(
      ...entries.slice(0, LEVELS1),
      `\t...\t(skipping ${skip} levels)`,
      ...entries.slice(entries.length - LEVELS2),
    );
  } else lines.push(...entries);
  return lines.join('\n');
}

function funcDescription(L: LuaState, levels: Level[], i: number): string {
  const lv = levels[i];
  const g = globalFuncName(L, levelFn(L, lv));
  if (g !== undefined) return `function '${g}'`;
  const [namewhat, name] = levelName(levels, i);
  if (namewhat !== '') return `${namewhat} '${name}'`;
  if (lv.lua && lv.proto !== undefined) {
    if (lv.proto.lineDefined === 0) return 'main chunk';
    return `function <${lv.proto.chunk.shortSrc}:${lv.proto.lineDefined}>`;
  }
  if (lv.cname !== undefined) return `function '${displayName(lv.cname)}'`;
  return '?';
}

/// The traceback of the running thread from `level` (1 = caller of the
/// running host function).
export function traceback(L: LuaState, msg: string | undefined, level: number): string {
  const levels = getLevels(L);
  return formatTraceback(L, levels, msg, level, L.current === L.main);
}

// ------------------------------------------------------------- getinfo

function activeLines(p: Proto): LuaTable {
  const t = new LuaTable();
  if (p.chunk.stripped) return t;
  for (const l of p.code.traceLines) t.set(l, true);
  return t;
}

/// The transfer (values passed) of the function at levels[i] when a hook
/// is reporting its call or return.
function transferOf(L: LuaState, levels: Level[], i: number): Transfer | undefined {
  return i > 0 && levels[i - 1]?.hook ? L.transfer : undefined;
}

function infoTable(
  L: LuaState,
  what: string,
  fn: LuaValue,
  lv: Level | undefined,
  levels: Level[],
  idx: number,
): LuaTable {
  const t = new LuaTable();
  const proto = typeof fn === 'function' ? (fn.P as Proto | undefined) : lv?.proto;
  const isC = proto === undefined;
  for (const c of what) {
    switch (c) {
      case 'S':
        if (isC) {
          t.setStr('source', '=[C]');
          t.setStr('short_src', '[C]');
          t.setStr('linedefined', -1);
          t.setStr('lastlinedefined', -1);
          t.setStr('what', 'C');
        } else {
          t.setStr('source', proto.chunk.source);
          t.setStr('short_src', proto.chunk.shortSrc);
          t.setStr('linedefined', proto.lineDefined);
          t.setStr('lastlinedefined', proto.lastLineDefined);
          t.setStr('what', proto.lineDefined === 0 ? 'main' : 'Lua');
        }
        break;
      case 'l':
        t.setStr('currentline', lv?.lua ? lv.line : -1);
        break;
      case 'u':
        t.setStr('nups', isC ? (typeof fn === 'function' ? (fn.CU ?? 0) : 0) : proto.upvalNames.length);
        t.setStr('nparams', isC ? 0 : proto.numParams);
        t.setStr('isvararg', isC ? true : proto.isVararg);
        break;
      case 'n': {
        const [namewhat, name] = lv === undefined ? ['', ''] : levelName(levels, idx);
        if (namewhat !== '') t.setStr('name', name);
        t.setStr('namewhat', namewhat);
        break;
      }
      case 't':
        t.setStr('istailcall', lv?.tailcalled ?? false);
        break;
      case 'r': {
        const tr = lv === undefined ? undefined : transferOf(L, levels, idx);
        t.setStr('ftransfer', tr === undefined ? 0 : tr.first);
        t.setStr('ntransfer', tr === undefined ? 0 : tr.count);
        break;
      }
      case 'L':
        if (!isC) t.setStr('activelines', activeLines(proto));
        break;
      case 'f':
        if (fn !== undefined) t.setStr('func', fn);
        break;
    }
  }
  return t;
}

// ------------------------------------------------------------ locals

/// The scope (active locals) of a saved Lua frame.
function frameScope(fr: LuaFrame): ScopeVar[] {
  const p = fr.fn.P as Proto;
  return p.code.points.get(fr.point)?.scope ?? [];
}

function regIndex(fr: LuaFrame, reg: string): number {
  return (fr.fn.P as Proto).code.regs.indexOf(reg);
}

/// Local n of a saved frame: [name, value], or undefined.
function frameLocal(fr: LuaFrame, n: number): [string, LuaValue] | undefined {
  if (n < 0) {
    const va = fr.varargs;
    if (va === undefined || -n > va.length) return undefined;
    return ['(vararg)', va[-n - 1]];
  }
  const v = frameScope(fr)[n - 1];
  if (v === undefined) {
    const t = tempIndex(fr, n);
    return t === undefined ? undefined : ['(temporary)', fr.regs[t]];
  }
  const i = regIndex(fr, v.reg);
  const raw = fr.regs[i];
  return [localName(fr, v), v.captured && raw instanceof Cell ? raw.v : raw];
}

/// The name getlocal shows for local v (a stripped function's locals have none).
function localName(fr: LuaFrame, v: ScopeVar): string {
  return (fr.fn.P as Proto).chunk.stripped ? '(temporary)' : v.name;
}

/// Register index of local n when it is past the named ones: a temporary
/// holding a pending value at a call.
function tempIndex(fr: LuaFrame, n: number): number | undefined {
  const code = (fr.fn.P as Proto).code;
  const pt = code.points.get(fr.point);
  if (pt === undefined) return undefined;
  const k = n - 1 - pt.scope.length;
  if (k < 0 || k >= (pt.temps < 0 ? code.ntemps : pt.temps)) return undefined;
  return code.regs.length - code.ntemps + k;
}

function setFrameLocal(fr: LuaFrame, n: number, value: LuaValue): string | undefined {
  if (n < 0) {
    const va = fr.varargs;
    if (va === undefined || -n > va.length) return undefined;
    va[-n - 1] = value;
    return '(vararg)';
  }
  const v = frameScope(fr)[n - 1];
  if (v === undefined) {
    const t = tempIndex(fr, n);
    if (t === undefined) return undefined;
    fr.regs[t] = value;
    return '(temporary)';
  }
  const i = regIndex(fr, v.reg);
  const raw = fr.regs[i];
  if (v.captured && raw instanceof Cell) raw.v = value;
  else fr.regs[i] = value;
  return localName(fr, v);
}

/// Runs `k` once every frame of the running thread is saved on the heap.
function withSavedFrames(L: LuaState, name: string, k: (L: LuaState) => LuaValue): LuaValue {
  L.push(
    new HostFrame(
      (L2, _s, v, isThrow) => {
        if (isThrow) throw v;
        return k(L2);
      },
      undefined,
      name,
    ),
  );
  L.request = Req.Deepen;
  return SUSPEND;
}

// ------------------------------------------------------------- hooks

interface HookState {
  fn: LuaValue;
  mask: string;
  count: number;
}

// ------------------------------------------------------------- library

export function openDebug(L: LuaState): void {
  const hooks = new Map<LuaThread, HookState>();
  L.levelsAt = () => getLevels(L);

  /// Optional thread first argument (getthread).
  const threadArg = (args: LuaValue[]): [LuaThread, LuaValue[]] => {
    if (args[0] instanceof LuaThread) return [args[0], args.slice(1)];
    return [L.current, args];
  };

  const upvalueCells = (f: LuaValue): { U: Cell[]; names: string[] } | undefined => {
    if (typeof f !== 'function' || f.U === undefined || f.P === undefined) return undefined;
    const p = f.P as Proto;
    // A stripped function's upvalues have no names (PUC: "(no name)").
    return { U: f.U, names: p.chunk.stripped ? p.upvalNames.map(() => '(no name)') : p.upvalNames };
  };

  const upvalueIds = new WeakMap<Cell, LuaLightUserdata>();
  const hostUpvalueIds = new WeakMap<object, LuaLightUserdata[]>();

  const lib = {
    'debug.traceback'(...args: LuaValue[]): LuaValue {
      const [T, rest] = threadArg(args);
      const msg = rest[0];
      if (msg !== undefined && typeof msg !== 'string' && typeof msg !== 'number') return L.ret1(msg);
      const text = msg === undefined ? undefined : typeof msg === 'string' ? msg : tostringBasic(L, msg);
      if (T !== L.current) {
        const level = rest[1] === undefined ? 0 : checkInt(L, rest[1], 3, args.length, 'debug.traceback');
        return L.ret1(formatTraceback(L, heapLevels(L, T), text, level, false));
      }
      const level =
        rest[1] === undefined
          ? 1
          : checkInt(L, rest[1], 2 + (args.length - rest.length), args.length, 'debug.traceback');
      return L.ret1(traceback(L, text, level));
    },

    'debug.getinfo'(...args: LuaValue[]): LuaValue {
      const [T, rest] = threadArg(args);
      const base = args.length - rest.length;
      const what = optString(L, rest[1], base + 2, args.length, 'debug.getinfo', 'flnSrtu');
      if (what.startsWith('>')) argError(L, base + 2, "invalid option '>'", 'debug.getinfo');
      if (/[^SlnrtuLf]/.test(what)) argError(L, base + 2, 'invalid option', 'debug.getinfo');
      const target = rest[0];
      if (typeof target === 'function') return L.ret1(infoTable(L, what, target, undefined, [], 0));
      if (target === undefined || (typeof target !== 'number' && typeof target !== 'string'))
        typeError(L, base + 1, 'function or level', target, rest.length >= 1, 'debug.getinfo');
      const level = checkInt(L, target, base + 1, args.length, 'debug.getinfo');
      if (level < 0) return L.ret1(undefined);
      const levels = T === L.current ? getLevels(L, level + 2) : heapLevels(L, T);
      const lv = levels[level];
      if (lv === undefined) return L.ret1(undefined);
      if (lv.lua && lv.fn === undefined && what.includes('f') && T === L.current) {
        // A running hooked variant does not show its closure: save the frames
        // and read it from the heap.
        return withSavedFrames(L, 'debug.getinfo', (L2) => {
          const saved = getLevels(L2, level + 2);
          return L2.ret1(infoTable(L2, what, levelFn(L2, saved[level]), saved[level], saved, level));
        });
      }
      return L.ret1(infoTable(L, what, levelFn(L, lv), lv, levels, level));
    },

    'debug.getlocal'(...args: LuaValue[]): LuaValue {
      const [T, rest] = threadArg(args);
      const base = args.length - rest.length;
      const n = checkInt(L, rest[1], base + 2, args.length, 'debug.getlocal');
      if (typeof rest[0] === 'function') {
        const p = rest[0].P as Proto | undefined;
        const name =
          p !== undefined && !p.chunk.stripped && n >= 1 && n <= p.numParams
            ? p.code.ast.params[n - 1].name
            : undefined;
        return L.ret1(name);
      }
      const level = checkInt(L, rest[0], base + 1, args.length, 'debug.getlocal');
      const find = (levels: Level[], lv: number): LuaValue => {
        const l = levels[lv];
        if (l === undefined) argError(L, base + 1, 'level out of range', 'debug.getlocal');
        const tr = transferOf(L, levels, lv);
        if (tr?.stack !== undefined && !l.lua)
          return n >= 1 && n <= tr.stack.length
            ? L.ret2('(C temporary)', tr.stack[n - 1])
            : L.ret1(undefined);
        if (tr?.values !== undefined && n >= tr.first && n < tr.first + tr.count)
          return L.ret2('(temporary)', tr.values[n - tr.first]);
        const fr = l.frame;
        if (!(fr instanceof LuaFrame)) return L.ret1(undefined);
        const r = frameLocal(fr, n);
        return r === undefined ? L.ret1(undefined) : L.ret2(r[0], r[1]);
      };
      if (T !== L.current) return find(heapLevels(L, T), level);
      // Level 0 is getlocal itself: its stack holds its arguments.
      if (level === 0)
        return n >= 1 && n <= args.length ? L.ret2('(C temporary)', args[n - 1]) : L.ret1(undefined);
      return withSavedFrames(L, 'debug.getlocal', (L2) => find(getLevels(L2), level));
    },

    'debug.setlocal'(...args: LuaValue[]): LuaValue {
      const [T, rest] = threadArg(args);
      const base = args.length - rest.length;
      const level = checkInt(L, rest[0], base + 1, args.length, 'debug.setlocal');
      const n = checkInt(L, rest[1], base + 2, args.length, 'debug.setlocal');
      const value = rest[2];
      const set = (levels: Level[], lv: number): LuaValue => {
        const l = levels[lv];
        if (l === undefined) argError(L, base + 1, 'level out of range', 'debug.setlocal');
        const fr = l.frame;
        if (!(fr instanceof LuaFrame)) return L.ret1(undefined);
        return L.ret1(setFrameLocal(fr, n, value));
      };
      if (T !== L.current) return set(heapLevels(L, T), level);
      if (level === 0) return L.ret1(undefined);
      return withSavedFrames(L, 'debug.setlocal', (L2) => set(getLevels(L2), level));
    },

    'debug.getupvalue'(f: LuaValue, n: LuaValue): LuaValue {
      const i = checkInt(L, n, 2, arguments.length, 'debug.getupvalue');
      if (typeof f !== 'function') typeError(L, 1, 'function', f, arguments.length >= 1, 'debug.getupvalue');
      const u = upvalueCells(f);
      // A host function's upvalues (PUC's C closures) are all named "".
      if (u === undefined) return i >= 1 && i <= (f.CU ?? 0) ? L.ret2('', undefined) : L.ret0();
      if (i < 1 || i > u.U.length) return L.ret0();
      return L.ret2(u.names[i - 1] === '' ? '?' : u.names[i - 1], u.U[i - 1].v);
    },

    'debug.setupvalue'(f: LuaValue, n: LuaValue, v: LuaValue): LuaValue {
      const i = checkInt(L, n, 2, arguments.length, 'debug.setupvalue');
      if (typeof f !== 'function') typeError(L, 1, 'function', f, arguments.length >= 1, 'debug.setupvalue');
      if (arguments.length < 3) argError(L, 3, 'value expected', 'debug.setupvalue');
      const u = upvalueCells(f);
      if (u === undefined) return i >= 1 && i <= (f.CU ?? 0) ? L.ret1('') : L.ret0();
      if (i < 1 || i > u.U.length) return L.ret0();
      u.U[i - 1].v = v;
      return L.ret1(u.names[i - 1] === '' ? '?' : u.names[i - 1]);
    },

    'debug.upvalueid'(f: LuaValue, n: LuaValue): LuaValue {
      const i = checkInt(L, n, 2, arguments.length, 'debug.upvalueid');
      if (typeof f !== 'function') typeError(L, 1, 'function', f, arguments.length >= 1, 'debug.upvalueid');
      const u = upvalueCells(f);
      if (u === undefined) {
        // A host function standing for a C closure: ids per function and index.
        const nc = (f as LuaFunction).CU ?? 0;
        if (i < 1 || i > nc) return L.ret1(undefined);
        let ids = hostUpvalueIds.get(f as object);
        if (ids === undefined) hostUpvalueIds.set(f as object, (ids = []));
        ids[i - 1] ??= new LuaLightUserdata(undefined);
        return L.ret1(ids[i - 1]);
      }
      if (i < 1 || i > u.U.length) return L.ret1(undefined);
      const cell = u.U[i - 1];
      let id = upvalueIds.get(cell);
      if (id === undefined) upvalueIds.set(cell, (id = new LuaLightUserdata(cell)));
      return L.ret1(id);
    },

    'debug.upvaluejoin'(f1: LuaValue, n1: LuaValue, f2: LuaValue, n2: LuaValue): LuaValue {
      const i1 = checkInt(L, n1, 2, arguments.length, 'debug.upvaluejoin');
      const i2 = checkInt(L, n2, 4, arguments.length, 'debug.upvaluejoin');
      const u1 = upvalueCells(f1);
      if (u1 === undefined) typeError(L, 1, 'Lua function', f1, arguments.length >= 1, 'debug.upvaluejoin');
      if (i1 < 1 || i1 > u1.U.length) argError(L, 2, 'invalid upvalue index', 'debug.upvaluejoin');
      const u2 = upvalueCells(f2);
      if (u2 === undefined) typeError(L, 3, 'Lua function', f2, arguments.length >= 3, 'debug.upvaluejoin');
      if (i2 < 1 || i2 > u2.U.length) argError(L, 4, 'invalid upvalue index', 'debug.upvaluejoin');
      u1.U[i1 - 1] = u2.U[i2 - 1];
      return L.ret0();
    },

    'debug.getmetatable'(v: LuaValue): LuaValue {
      if (arguments.length < 1) argError(L, 1, 'value expected', 'debug.getmetatable');
      return L.ret1(getMetatable(L, v));
    },

    'debug.setmetatable'(v: LuaValue, mt: LuaValue): LuaValue {
      if (mt !== undefined && !(mt instanceof LuaTable))
        typeError(L, 2, 'nil or table', mt, arguments.length >= 2, 'debug.setmetatable');
      const m = mt as LuaTable | undefined;
      if (v instanceof LuaTable) {
        v.setMetatable(m);
        v.setWeakMode(weakMode(m));
        L.finalizers.check(v, m);
      } else if (v instanceof LuaUserdata) v.metatable = m;
      else if (typeof v === 'string') L.stringMeta = m;
      else if (m === undefined) L.typeMetas.delete(typeName(v));
      else L.typeMetas.set(typeName(v), m);
      return L.ret1(v);
    },

    'debug.getregistry'(): LuaValue {
      return L.ret1(L.registry);
    },

    'debug.getuservalue'(u: LuaValue, n: LuaValue): LuaValue {
      const i = n === undefined ? 1 : checkInt(L, n, 2, arguments.length, 'debug.getuservalue');
      if (!(u instanceof LuaUserdata)) return L.ret1(undefined);
      if (i < 1 || i > u.nuvalue) return L.ret1(undefined);
      return L.ret2(u.uservalues[i - 1], true);
    },

    'debug.setuservalue'(u: LuaValue, v: LuaValue, n: LuaValue): LuaValue {
      if (!(u instanceof LuaUserdata))
        typeError(L, 1, 'userdata', u, arguments.length >= 1, 'debug.setuservalue');
      if (arguments.length < 2) argError(L, 2, 'value expected', 'debug.setuservalue');
      const i = n === undefined ? 1 : checkInt(L, n, 3, arguments.length, 'debug.setuservalue');
      if (i < 1 || i > u.nuvalue) return L.ret1(undefined);
      u.uservalues[i - 1] = v;
      return L.ret1(u);
    },

    'debug.sethook'(...args: LuaValue[]): LuaValue {
      const [T, rest] = threadArg(args);
      const base = args.length - rest.length;
      if (rest[0] === undefined) {
        hooks.delete(T);
        L.setHook(T, undefined, '', 0);
        return L.ret0();
      }
      const mask = checkString(L, rest[1], base + 2, args.length, 'debug.sethook');
      const count = rest[2] === undefined ? 0 : checkInt(L, rest[2], base + 3, args.length, 'debug.sethook');
      if (typeof rest[0] !== 'function') typeError(L, base + 1, 'function', rest[0], true, 'debug.sethook');
      hooks.set(T, { fn: rest[0], mask, count });
      // PUC keeps hooks in a registry table with weak keys.
      let hookTable = L.registry.getStr('_HOOKKEY');
      if (!(hookTable instanceof LuaTable)) {
        hookTable = new LuaTable();
        const mt = new LuaTable();
        mt.setStr('__mode', 'k');
        hookTable.metatable = mt;
        hookTable.setWeakMode(WEAK_KEYS);
        L.registry.setStr('_HOOKKEY', hookTable);
      }
      (hookTable as LuaTable).set(T, rest[0]);
      L.setHook(T, rest[0], mask, count);
      // Running frames continue in their hooked variants once saved.
      if (T === L.current && L.hookmask !== 0) {
        const self = lib['debug.sethook'];
        return withSavedFrames(L, 'debug.sethook', (L2) =>
          L2.hookmask & 2 ? L2.hostReturnHook(self, args, L2.ret0()) : L2.ret0(),
        );
      }
      return L.ret0();
    },

    'debug.gethook'(...args: LuaValue[]): LuaValue {
      const [T] = threadArg(args);
      const h = hooks.get(T);
      if (h === undefined) return L.ret0();
      return L.results([h.fn, h.mask, h.count]);
    },

    'debug.debug'(): LuaValue {
      // Runs lines of stdin until "cont" or the end of input, each in
      // protected mode, with its error on stderr (PUC's db_debug).
      for (;;) {
        ioWriteStderr(L, 'lua_debug> ');
        let line: string | undefined;
        try {
          line = ioReadStdinLine(L);
        } catch (e) {
          if (!(e instanceof HostError)) throw e;
        }
        if (line === undefined || line === 'cont') return L.ret0();
        const handler = L.handler;
        L.handler = undefined; // lua_pcall without a message handler
        try {
          L.callNested(loadChunk(L, line + '\n', '=(debug command)', L.globals), []);
        } catch (e) {
          let err: LuaValue;
          if (e instanceof LuaSyntaxError) err = e.message;
          else {
            const t = toLuaThrow(e);
            if (t.uncatchable) throw t;
            err = t.value;
          }
          ioWriteStderr(L, L.callNested((v: LuaValue) => L.ret1(tostring(L, v)), [err]) + '\n');
        } finally {
          L.handler = handler;
        }
      }
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('debug.'.length), f);
  L.globals.setStr('debug', t);
  void raise;
}
