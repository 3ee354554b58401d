// The Lua call stack as the debug library, error positions and tracebacks see
// it, recovered on demand, without any bookkeeping per call:
// - frames on the JavaScript stack: compiled functions are named L$chunk$proto
//   (direct form) or R$chunk$proto$point (resume form), and library functions
//   carry their qualified Lua name ('_G.print', 'string.rep'); the current
//   line comes from the JS line number through the prototype's line map;
// - frames saved on the heap: each trampoline (LuaState.drive) on the JS stack
//   stands for the thread's saved frames between its barrier and the frames
//   above it.
// Runtime helpers (index, arith...) are not levels.

import type { LineMap, Proto } from '../compiler/proto.js';
import { GC_RUN, gcStep } from './finalize.js';
import { type Frame, HostFrame, LuaFrame, TailMarker } from './frames.js';
import type { Site } from './sites.js';
import { HOOK_RUN, HOST_HOOK, hookDone, type LuaState } from './state.js';
import { CO_START, ON_ERROR } from './tbc.js';
import type { LuaThread } from './thread.js';
import type { LuaFunction } from './value.js';

/// Names of library functions (their JS function names), for stack scans.
export const builtinNames = new Set<string>();

/// Registers library functions: each value's JS name must be its qualified
/// Lua name (define them as methods of an object literal keyed by it).
export function registerBuiltins(fns: Record<string, unknown>): void {
  for (const k of Object.keys(fns)) builtinNames.add(k);
}

/// PUC's name for a library function: '_G.print' shows as 'print'.
export function displayName(qualified: string): string {
  return qualified.startsWith('_G.') ? qualified.slice(3) : qualified;
}

export interface Level {
  /// A Lua function (else a host function).
  lua: boolean;
  proto: Proto | undefined;
  /// The function, when it can be recovered.
  fn: LuaFunction | undefined;
  /// Current line, -1 when unknown or for host functions.
  line: number;
  /// The call or operation site the function is executing (names its callee).
  site: Site | undefined;
  /// Qualified name of a host function.
  cname: string | undefined;
  /// Called by a tail call (its caller is gone).
  tailcalled: boolean;
  /// The heap frame, for frames saved on the heap.
  frame: Frame | undefined;
  /// Called as a hook (debug.sethook).
  hook?: boolean;
  /// Called as a finalizer (__gc).
  gc?: boolean;
}

/// Active trampolines, innermost last (pushed by LuaState.drive).
export interface Trampoline {
  thread: LuaThread;
  barrier: Frame | null;
  /// Run by host code that cannot suspend (callNested), inside the thread.
  nested: boolean;
  /// The frame it is resuming (its JS frames are above the trampoline's).
  current: Frame | null;
}

const LUA_DIRECT = /^([LH])\$(\d+)\$(\d+)$/;
const LUA_RESUME = /^([RG])\$(\d+)\$(\d+)\$(\d+)$/;

interface CallSiteLike {
  getFunctionName(): string | null;
  getLineNumber(): number | null;
  getTypeName(): string | null;
  getFunction(): unknown;
}

function captureCallSites(limit: number): CallSiteLike[] {
  const E = Error as any;
  if (typeof E.captureStackTrace !== 'function') return [];
  const savedPrepare = E.prepareStackTrace;
  const savedLimit = E.stackTraceLimit;
  E.prepareStackTrace = (_: unknown, cs: CallSiteLike[]) => cs;
  E.stackTraceLimit = limit;
  const holder: { stack?: CallSiteLike[] } = {};
  E.captureStackTrace(holder);
  const cs = holder.stack ?? [];
  E.prepareStackTrace = savedPrepare;
  E.stackTraceLimit = savedLimit;
  return cs;
}

function mapLine(map: LineMap | undefined, jsLine: number | null): { line: number; site: number } {
  if (map === undefined || jsLine === null) return { line: -1, site: 0 };
  const i = jsLine - map.first;
  if (i < 0 || i >= map.luaLines.length) return { line: -1, site: 0 };
  return { line: map.luaLines[i], site: map.sites[i] };
}

/// The levels of the current thread, innermost (level 0) first, up to `max`.
export function getLevels(L: LuaState, max = Infinity): Level[] {
  let limit = Number.isFinite(max) ? max * 4 + 6 : 100000;
  for (;;) {
    const cs = captureCallSites(limit);
    const levels = scan(L, cs, max);
    if (levels.length >= max || cs.length < limit) return levels;
    limit *= 4;
  }
}

function scan(L: LuaState, cs: CallSiteLike[], max: number): Level[] {
  const out: Level[] = [];
  // The next Lua frame is closing its variables because of an error: skip it.
  let dying = false;
  // The closure of the Lua function running the hook just met.
  let hookedSelf: LuaFunction | undefined;
  // The prototype of the hooked variant just met (its plain entry follows).
  let hookedEntry: Proto | undefined;
  const T = L.current;
  let tramp = L.tramps.length - 1;
  let heapPos: Frame | null = T.top;
  for (const c of cs) {
    const name = c.getFunctionName();
    if (name === null) continue;
    if (name === CO_START) return out;
    if (name === HOOK_RUN) {
      const hook = out[out.length - 1];
      if (hook !== undefined) hook.hook = true;
      hookedSelf = L.hookedSelf;
      continue;
    }
    if (name === GC_RUN) {
      const fin = out[out.length - 1];
      if (fin !== undefined) fin.gc = true;
      continue;
    }
    if (name === HOST_HOOK) {
      // A hook reporting a host function's call or return: that function is
      // the level under the hook.
      const f = L.hookedFn;
      if (f !== undefined && pushLevel(out, { ...cLevel(f.name), fn: f }, max)) return out;
      continue;
    }
    if (name === ON_ERROR) {
      dying = true;
      continue;
    }
    let m = LUA_DIRECT.exec(name);
    if (m !== null && dying) {
      dying = false;
      continue;
    }
    if (m !== null) {
      const proto = L.protoOf(Number(m[2]), Number(m[3]));
      const hooked = m[1] === 'H';
      if (!hooked && proto !== undefined && proto === hookedEntry) {
        // The plain entry that handed over to the hooked variant above.
        hookedEntry = undefined;
        continue;
      }
      hookedEntry = hooked ? proto : undefined;
      const pos = mapLine(hooked ? proto?.hookedLines : proto?.direct, c.getLineNumber());
      // (V8 shows no function object under strict code: the closure is
      // known only for the function running a hook.)
      const fn = hookedSelf?.P === proto ? hookedSelf : undefined;
      hookedSelf = undefined;
      if (luaLevel(L, out, proto, fn, pos, max)) return out;
      continue;
    }
    m = LUA_RESUME.exec(name);
    if (m !== null && dying) {
      dying = false;
      continue;
    }
    if (m !== null) {
      const proto = L.protoOf(Number(m[2]), Number(m[3]));
      const lines = m[1] === 'G' ? proto?.hookedResumeLines : proto?.resumeLines;
      const pos = mapLine(lines?.get(Number(m[4])), c.getLineNumber());
      const cur = tramp >= 0 ? L.tramps[tramp].current : null;
      const fn = cur instanceof LuaFrame ? cur.fn : undefined;
      if (luaLevel(L, out, proto, fn, pos, max)) return out;
      continue;
    }
    if (builtinNames.has(name)) {
      if (pushLevel(out, cLevel(name), max)) return out;
      continue;
    }
    if (name === 'drive' && c.getTypeName() === 'LuaState' && tramp >= 0) {
      const tr = L.tramps[tramp--];
      if (tr.thread !== T) return out;
      // A host function continuing after a suspension is a level here.
      const cur = tr.current;
      const last = out[out.length - 1];
      const seen = last !== undefined && !last.lua && last.cname === (cur as HostFrame | null)?.name;
      if (
        cur instanceof HostFrame &&
        cur.name !== undefined &&
        !seen &&
        pushLevel(out, { ...cLevel(cur.name), frame: cur }, max)
      )
        return out;
      for (let f = heapPos; f !== null && f !== tr.barrier; f = f.parent) {
        const lv = heapLevel(L, f, out);
        if (lv !== undefined && pushLevel(out, lv, max)) return out;
      }
      heapPos = tr.barrier;
      if (!tr.nested) return out;
    }
  }
  return out;
}

function cLevel(name: string): Level {
  return {
    lua: false,
    proto: undefined,
    fn: undefined,
    line: -1,
    site: undefined,
    cname: name,
    tailcalled: false,
    frame: undefined,
  };
}

/// Adds a Lua level; a frame whose current site is a tail call is gone in PUC
/// Lua: it is skipped and its callee marked as tail called.
function luaLevel(
  L: LuaState,
  out: Level[],
  proto: Proto | undefined,
  fn: LuaFunction | undefined,
  pos: { line: number; site: number },
  max: number,
): boolean {
  if (pos.site < 0) {
    // A tail call: PUC Lua replaces the caller's frame when the callee is a
    // Lua function (a host function is called normally).
    const callee = out[out.length - 1];
    if (callee?.lua) {
      callee.tailcalled = true;
      return false;
    }
    pos = { line: pos.line, site: -pos.site };
  }
  const site = pos.site > 0 ? L.sites.get(pos.site) : undefined;
  return pushLevel(
    out,
    { lua: true, proto, fn, line: pos.line, site, cname: undefined, tailcalled: false, frame: undefined },
    max,
  );
}

function pushLevel(out: Level[], lv: Level, max: number): boolean {
  out.push(lv);
  return out.length >= max;
}

/// The levels of a thread that is not running (all its frames are saved).
export function heapLevels(L: LuaState, T: LuaThread): Level[] {
  if (T.status === 'dead' && T.deadLevels !== undefined) return T.deadLevels as Level[];
  const out: Level[] = [];
  for (let f = T.top; f !== null; f = f.parent) {
    const lv = heapLevel(L, f, out);
    if (lv !== undefined) out.push(lv);
  }
  return out;
}

/// The level of heap frame f, if it is one; `out`: the levels above it (a
/// hook's end marks the level above as the hook).
function heapLevel(L: LuaState, f: Frame, out: Level[]): Level | undefined {
  if (f instanceof TailMarker) {
    const callee = out[out.length - 1];
    if (callee !== undefined) callee.tailcalled = true;
    return undefined;
  }
  if (f instanceof HostFrame && f.k === gcStep) {
    const fin = out[out.length - 1];
    if (fin !== undefined) fin.gc = true;
    return undefined;
  }
  if (f instanceof HostFrame && f.k === hookDone) {
    const hook = out[out.length - 1];
    if (hook !== undefined) hook.hook = true;
    return undefined;
  }
  if (f instanceof LuaFrame) {
    const proto = f.fn.P as Proto | undefined;
    const pt = proto?.code.points.get(f.point);
    const site = pt !== undefined && pt.site > 0 ? L.sites.get(pt.site) : undefined;
    return {
      lua: true,
      proto,
      fn: f.fn,
      line: pt?.line ?? -1,
      site,
      cname: undefined,
      tailcalled: false,
      frame: f,
    };
  }
  if (f instanceof HostFrame && f.name !== undefined) return { ...cLevel(f.name), frame: f };
  return undefined;
}

/// "short_src:line: " of the function at `level` (1 = the caller of the running
/// host function), or '' (luaL_where).
export function where(L: LuaState, level: number): string {
  const levels = getLevels(L, level + 1);
  const lv = levels[level];
  if (lv === undefined || !lv.lua || lv.line <= 0 || lv.proto === undefined) return '';
  return `${lv.proto.chunk.shortSrc}:${lv.line}: `;
}

/// How the running host function was called: the name its caller used
/// (getinfo 'n' at level 0), and the position prefix of level 1.
export function callerInfo(L: LuaState): { namewhat: string; name: string; where: string } {
  const levels = getLevels(L, 2);
  const caller = levels[1];
  if (caller === undefined || !caller.lua || caller.proto === undefined)
    return { namewhat: '', name: '', where: '' };
  const w = caller.line > 0 ? `${caller.proto.chunk.shortSrc}:${caller.line}: ` : '';
  const self = levels[0];
  if (self?.tailcalled) return { namewhat: '', name: '', where: w };
  const s = caller.site;
  return { namewhat: s?.namewhat ?? '', name: s?.name ?? '', where: w };
}
