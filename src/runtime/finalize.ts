// Finalizers (__gc), approximated with the host's FinalizationRegistry.
//
// A table is marked for finalization when it gets a metatable with a __gc
// field (setmetatable, debug.setmetatable), as PUC's luaC_checkfinalizer
// does. A marked table keeps its entries in a separate part (a WeakPart, as
// weak tables do) held by a GcBox that does not reference the table itself:
// when the host collects the table, the registry hands over the box, and the
// finalizer receives a table rebuilt from it (same entries and metatable;
// nothing else could reach the original, so the rebuilt one stands for it).
// A table that references itself (directly or through its metatable) is
// never collected by the host and is finalized only when the state closes.
//
// Pending finalizers run on the running thread between steps of Lua code
// (every so many loop iterations), when collectgarbage("collect") returns,
// and all remaining ones, for live tables too, at `Lua.close` (the command
// line's lua_close), newest mark first. An error in a finalizer becomes the
// warning "error in __gc (msg)". Finalizers run with hooks off and cannot
// yield, as in PUC Lua.

import { toLuaThrow } from './errors.js';
import { HostFrame } from './frames.js';
import { callValue, metaOf, objTypeName, raise } from './metamethods.js';
import { type LuaState, SUSPEND } from './state.js';
import type { GcBox, LuaTable } from './table.js';
import type { LuaThread } from './thread.js';
import type { LuaValue } from './value.js';

export class Finalizers {
  /// Marked tables not finalized yet, in marking order.
  private live = new Set<GcBox>();
  /// Boxes of collected tables whose finalizers have not run yet.
  pending: GcBox[] = [];
  /// A finalizer is running (they do not nest).
  running = false;
  private registry: FinalizationRegistry<GcBox> | undefined;

  constructor() {
    if (typeof FinalizationRegistry === 'function')
      this.registry = new FinalizationRegistry((box) => {
        if (this.live.delete(box)) this.pending.push(box);
      });
  }

  /// How many tables are marked (hosts decide whether forcing collections
  /// is worth it).
  get count(): number {
    return this.live.size + this.pending.length;
  }

  /// luaC_checkfinalizer: marks t (getting metatable mt) if mt has __gc.
  check(t: LuaTable, mt: LuaTable | undefined): void {
    const box = t.gcBox();
    if (box !== undefined) {
      if (mt !== undefined) box.mt = mt;
      return;
    }
    if (mt === undefined || mt.getStr('__gc') === undefined) return;
    const b = t.markForGc(mt);
    this.live.add(b);
    this.registry?.register(t, b);
  }

  /// After a full collection: the tables the host collected become pending,
  /// newest first (their registry callbacks would come later).
  sweep(): void {
    const dead: GcBox[] = [];
    for (const b of this.live) if (b.ref.deref() === undefined) dead.push(b);
    for (let i = dead.length - 1; i >= 0; i--) {
      this.live.delete(dead[i]);
      this.pending.push(dead[i]);
    }
  }

  /// Moves every marked table to the pending list (closing the state):
  /// newest first.
  all(): void {
    const rest = [...this.live].reverse();
    this.live.clear();
    this.pending.push(...rest);
  }
}

interface GcRun {
  /// The results of the operation that triggered the run.
  results: LuaValue[];
  T: LuaThread;
  /// The message handler in force (finalizers run without one).
  handler: LuaValue;
}

/// Runs the pending finalizers, then returns `first` (a host function's first
/// result, with L.nret/L.ret as they were). A finalizer is a call: its frames
/// may go on the heap like any other (it cannot yield).
export function runPending(L: LuaState, first: LuaValue): LuaValue {
  const F = L.finalizers;
  if (F.running || F.pending.length === 0) return first;
  const st: GcRun = { results: L.collect(first), T: L.current, handler: L.handler };
  L.handler = undefined;
  F.running = true;
  // No hooks and no yields during finalizers (PUC's GCTM).
  st.T.inHook++;
  st.T.nny++;
  L.hookmask = 0;
  L.setLimit();
  return gcStep(L, st, undefined, false);
}

/// The name of the function that calls finalizers (stack scans name the
/// function it calls '__gc', a metamethod).
export const GC_RUN = '[finalizer]';

const gcRunner = {
  [GC_RUN](L: LuaState, fn: LuaValue, t: LuaTable): LuaValue {
    if (typeof fn !== 'function' && metaOf(L, fn, '__call') === undefined)
      raise(L, `attempt to call a ${objTypeName(L, fn)} value (metamethod '__gc')`);
    return callValue(L, fn, 0, [t]);
  },
};

export function gcStep(L: LuaState, st: GcRun, v: LuaValue, isThrow: boolean): LuaValue {
  const F = L.finalizers;
  if (isThrow) gcError(L, st, v);
  for (;;) {
    const box = F.pending.shift();
    if (box === undefined) {
      leave(L, st);
      return L.results(st.results);
    }
    const fn = box.mt.getStr('__gc');
    if (fn === undefined) continue;
    let r: LuaValue;
    try {
      r = gcRunner[GC_RUN](L, fn, box.target());
    } catch (e) {
      gcError(L, st, e);
      continue;
    }
    if (r === SUSPEND) {
      L.push(new HostFrame(gcStep, st));
      return r;
    }
  }
}

function leave(L: LuaState, st: GcRun): void {
  L.finalizers.running = false;
  st.T.inHook--;
  st.T.nny--;
  L.handler = st.handler;
  if (st.T === L.current) L.hookmask = st.T.inHook > 0 ? 0 : st.T.hookmask;
  L.setLimit();
}

function gcError(L: LuaState, st: GcRun, e: unknown): void {
  const t = toLuaThrow(e);
  if (t.uncatchable) {
    leave(L, st);
    throw t;
  }
  const v = t.value;
  L.warn(`error in __gc (${typeof v === 'string' ? v : 'error object is not a string'})`);
}
