// Heap frames: the saved continuation of a Lua thread.
//
// When a call returns the SUSPEND marker (see state.ts), every active function
// between that point and the thread's trampoline saves what it still has to do
// as a Frame and returns SUSPEND too. Frames are linked innermost -> outermost
// through `parent`; the thread's `top` is the innermost. The trampoline later
// resumes them one by one, innermost first, handing each the results of the
// one before (or an error to throw).
//
// A frame's `resume(L, v, isThrow)` continues the suspended computation with
// first result `v` (the rest in L.nret/L.ret) or throws `v` when isThrow; it
// returns like a Lua function: a first result, or SUSPEND.

import type { LuaState } from './state.js';
import type { LuaFunction, LuaValue } from './value.js';

/// The L.depth cost of a function's frames (0 for host functions).
export function costOf(fn: LuaFunction): number {
  return (fn.P as { code: { cost: number } } | undefined)?.code.cost ?? 0;
}

export abstract class Frame {
  parent: Frame | null = null;
  /// 1 when this frame stands for a Lua function (counts towards the Lua
  /// stack depth), 0 for host frames.
  luaFrames = 1;
  /// What the frame adds to L.depth while it runs (its function's cost).
  cost = 0;
  /// The message handler in effect when the frame was saved.
  handler: LuaValue = undefined;
  /// Host call levels (C stack) under the frame, above its thread's base:
  /// a resumed frame counts them again, wherever it resumes.
  cdelta = 0;
  abstract resume(L: LuaState, v: LuaValue, isThrow: boolean): LuaValue;
}

/// A compiled Lua function suspended at a resume point: its registers, its
/// varargs, and the point id; resumed by the function's generated resume form.
export class LuaFrame extends Frame {
  constructor(
    readonly fn: LuaFunction,
    readonly point: number,
    /// The registers (cleared by the resume form once it has loaded them, so
    /// the frame does not keep dead values alive).
    public regs: LuaValue[],
    readonly varargs: LuaValue[] | undefined,
  ) {
    super();
    this.cost = costOf(fn);
  }
  resume(L: LuaState, v: LuaValue, isThrow: boolean): LuaValue {
    return L.resumeForm(this.fn, this.point)(this, v, isThrow);
  }
}

/// A call that has not started yet: made when a call finds the JavaScript
/// stack too deep ("deepen"); resuming it makes the call from a fresh stack.
export class EntryFrame extends Frame {
  constructor(
    readonly fn: LuaFunction,
    readonly args: LuaValue[],
  ) {
    super();
    this.cost = costOf(fn);
  }
  resume(L: LuaState, v: LuaValue, isThrow: boolean): LuaValue {
    if (isThrow) throw v;
    L.checkLuaDepth();
    L.depth -= this.cost; // the callee's entry counts itself again
    // A fresh stack always has room for the call itself, however large its
    // frame (else it would deepen forever).
    if (L.depth + this.cost > L.hdlimit) L.allowOneFrame(this.cost);
    if (L.hookmask & 3 && this.fn.P === undefined) return L.hookedHost(this.fn, this.args);
    return this.fn(...this.args);
  }
}

/// A host function's continuation: `k(L, state, v, isThrow)` finishes the host
/// function's work with the callee's results. Used by pcall, coroutine.resume,
/// metamethod helpers that post-process results, table.sort, gsub...
export class HostFrame extends Frame {
  constructor(
    readonly k: (L: LuaState, state: any, v: LuaValue, isThrow: boolean) => LuaValue,
    readonly state: any,
    /// Qualified name of the library function it belongs to ('_G.pcall'), if
    /// it is a level of the Lua stack.
    readonly name?: string,
  ) {
    super();
    this.luaFrames = 0;
  }
  resume(L: LuaState, v: LuaValue, isThrow: boolean): LuaValue {
    return this.k(L, this.state, v, isThrow);
  }
}

/// Where frames left by tail calls were (their functions are gone, as in PUC
/// Lua): marks the level above it as tail called. Consecutive tail calls
/// share one marker, so tail calls run in constant memory.
export class TailMarker extends Frame {
  constructor() {
    super();
    this.luaFrames = 0;
  }
  resume(_L: LuaState, v: LuaValue, isThrow: boolean): LuaValue {
    if (isThrow) throw v;
    return v;
  }
}
