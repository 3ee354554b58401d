// The Lua state: the object every compiled function closes over as `L`, and
// the suspension protocol that makes the executor stackless.
//
// Calling convention (compiled functions and host functions alike):
// - A Lua function value is a JS function called with the Lua arguments as JS
//   arguments (missing ones are undefined = nil).
// - It returns its first result (undefined for none) and sets `L.nret` to the
//   number of results; when nret >= 2, `L.ret[0..nret-1]` hold all of them.
// - Or it returns SUSPEND: it could not finish on this JavaScript stack. Before
//   returning SUSPEND, it has linked a Frame describing what it still has to
//   do onto the unwind chain (`save`), unless it was in tail position (then its
//   remaining work is to pass the callee's results through, which the
//   trampoline does anyway). `L.request` says why: DEEPEN (the JS stack is
//   deep), YIELD (coroutine.yield), AWAIT (a host Promise), INTERRUPT (step
//   budget or time slice).
// - Compiled functions count themselves in `L.depth` (++ at entry, -- at
//   return); past `L.dlimit` the entry takes the slow path `enter`.
//
// Depth accounting: `L.depth` counts Lua frames on the JavaScript stack (all
// threads). A thread's Lua stack depth is its heap frames (`heapCount`) plus
// its frames on the JS stack (`L.depth - base`), limited by maxDepth.

import type { Proto } from '../compiler/proto.js';
import { callNested, runHandler } from './call.js';
import type { Trampoline } from './debug.js';
import { LuaThrow, toLuaThrow } from './errors.js';
import { Finalizers, runPending } from './finalize.js';
import { costOf, EntryFrame, type Frame, HostFrame, LuaFrame, TailMarker } from './frames.js';
import { type CachedLookup, callValue } from './metamethods.js';
import { SiteTable } from './sites.js';
import { LuaTable, weakTables } from './table.js';
import { LuaThread, Req } from './thread.js';
import type { LuaFunction, LuaValue } from './value.js';

/// The marker returned by a call that suspended. Never a Lua value.
export const SUSPEND: any = Object.freeze({ suspend: true });

/// Stack slots (estimated 8-byte words: see codegen.ts frameCost) Lua frames
/// may use on the JavaScript stack before a call deepens (unwinds to the heap
/// and continues on a fresh stack). Node's default stack is about 1 MB.
/// The JS frame name under which the hook of a host function's call or
/// return event runs (see LuaState.hookedHost).
export const HOST_HOOK = '[host-hook]';
const hostHookFrame = {
  [HOST_HOOK](L: LuaState, event: string, transfer: Transfer): void {
    L.fireHook(event, transfer);
  },
};

/// What debug.getinfo 'r' and debug.getlocal show of the function whose call
/// or return a hook reports: `count` values from local `first` on; for a
/// return, the values; for a host function, its whole stack (arguments,
/// then results).
export interface Transfer {
  first: number;
  count: number;
  values?: LuaValue[];
  stack?: LuaValue[];
}

/// The JS frame name under which a hook function runs: stack scans name the
/// level above it "hook" (runtime/debug.ts).
export const HOOK_RUN = '[hook]';
const hookRunFrame = {
  [HOOK_RUN](L: LuaState, hook: LuaValue, args: LuaValue[], nested: boolean): LuaValue {
    return nested ? L.callNested(hook, args) : callValue(L, hook, 0, args);
  },
};

/// What a running hook changed, restored when it ends.
interface HookState {
  T: LuaThread;
  n: number;
  rest: LuaValue[] | undefined;
  prevSelf: LuaFunction | undefined;
  prevTransfer: Transfer | undefined;
}

function hookEnd(L: LuaState, st: HookState): void {
  const T = st.T;
  T.inHook--;
  // (The hook may have changed the thread's hook.)
  if (T === L.current) L.hookmask = T.inHook > 0 ? 0 : T.hookmask;
  L.hookedSelf = st.prevSelf;
  L.transfer = st.prevTransfer;
  L.setLimit();
  L.nret = st.n;
  if (st.rest !== undefined) for (let i = 0; i < st.n; i++) L.ret[i] = st.rest[i];
}

export function hookDone(L: LuaState, st: HookState, v: LuaValue, isThrow: boolean): LuaValue {
  hookEnd(L, st);
  if (isThrow) throw v;
  return undefined;
}

function hostReturn(
  L: LuaState,
  st: { f: LuaFunction; args: LuaValue[] },
  v: LuaValue,
  isThrow: boolean,
): LuaValue {
  if (isThrow) throw v;
  return L.hookmask & 2 ? L.hostReturnHook(st.f, st.args, v) : v;
}

export const JS_SLOTS = 40_000;
/// Slots a trampoline may always add above its base, even when nested
/// trampolines (coroutines, host functions calling Lua) already hold JS_SLOTS.
const MIN_SLOTS = 400;
/// The least cost of a Lua frame (see frameCost).
const MIN_COST = 12;
/// Default Lua stack depth limit ("stack overflow" past it): lua5.4 reaches
/// about 200,000 frames of `return 1 + f(n - 1)` by default.
export const DEFAULT_MAX_DEPTH = 1_000_000;
/// Host (C) call levels before "C stack overflow" (PUC's LUAI_MAXCCALLS).
export const MAX_CCALLS = 200;
/// Back-edges between two checks of the clock / signal.
const BUDGET_CHUNK = 10_000;

export interface StateOptions {
  maxDepth?: number;
  maxSteps?: number;
  sliceMs?: number;
  /// Longest slice: after each look at the event loop the next slice is
  /// twice as long, up to this (default sliceMs: fixed slices). Each
  /// interruption unwinds the running functions, which then go on in resume
  /// forms that start cold, so long runs that only need to notice signals
  /// (the command line) run faster with fewer of them.
  maxSliceMs?: number;
}

/// Frames a thread may use past maxDepth while handling a stack overflow.
const STACK_ERROR_EXTRA = 40;

export class LuaState {
  // ---- hot fields read by compiled code
  depth = 0;
  dlimit = JS_SLOTS;
  /// The real depth limit while hooks force every call through `enter`.
  hdlimit = JS_SLOTS;
  /// Hook events of the current thread: 1 call, 2 return, 4 line, 8 count.
  hookmask = 0;
  budget = BUDGET_CHUNK;
  nret = 0;
  ret: LuaValue[] = [];

  // ---- suspension
  /// The unwind chain being built: innermost and outermost frames saved since
  /// the last trampoline step.
  uhead: Frame | null = null;
  utail: Frame | null = null;
  request: number = Req.None;
  /// Values passed to yield; the promise of an AWAIT request.
  yieldValues: LuaValue[] = [];
  promise: PromiseLike<unknown> | undefined = undefined;

  // ---- threads
  main: LuaThread = new LuaThread(undefined);
  current: LuaThread = this.main;
  /// Message handler of the innermost xpcall (undefined inside pcall).
  handler: LuaValue = undefined;
  /// Host call levels (C stack), for "C stack overflow".
  ccalls = 0;
  /// Written by compiled call sites whose callee is named `error` just before
  /// the call: the site, L.depth and the callee. When the callee is the
  /// builtin `error` and the depth matches, its level 1 is that site.
  errorSite = 0;
  errorDepth = -1;
  errorFn: unknown = undefined;
  /// > 0 while running code that cannot suspend (a nested trampoline).
  nny = 0;

  // ---- limits
  /// JS_SLOTS and MIN_SLOTS, lowered by the stress mode.
  jsSlots = JS_SLOTS;
  minSlots = MIN_SLOTS;
  maxDepth: number;
  maxSteps: number;
  sliceMs: number;
  readonly baseSliceMs: number;
  readonly maxSliceMs: number;
  stepsLeft: number;
  sliceStart = 0;
  /// Set while running asynchronously (run), so time slices may suspend.
  canInterrupt = false;
  /// Stress mode: decides at each budget check whether to interrupt anyway.
  forceTick: (() => boolean) | undefined = undefined;
  /// An abort reason to raise at the next budget check.
  abortReason: string | undefined = undefined;

  // ---- globals and registries
  readonly sites = new SiteTable();
  /// Cached `__index` lookups by site id (metamethods.ts: index).
  readonly lookups: (CachedLookup | undefined)[] = [];
  readonly globals = LuaTable.pinned();
  readonly registry = new LuaTable();
  /// Metatable of strings, and of the other non-table types (debug.setmetatable).
  stringMeta: LuaTable | undefined = undefined;
  /// Tables marked for finalization and pending finalizers (finalize.ts).
  readonly finalizers = new Finalizers();
  /// What collectgarbage controls: whether forced collections and finalizers
  /// run, the mode it reports, and the parameters it hands back (PUC keeps
  /// them divided by 4 in a byte).
  readonly gc = { stopped: false, generational: false, pause: 200 / 4, stepmul: 100 / 4 };
  /// Whether a host collection can change what Lua sees (weak tables or
  /// finalizers exist): only then is forcing one worth it.
  collectionsMatter(): boolean {
    return weakTables.count !== 0 || this.finalizers.count !== 0;
  }
  /// Emits a warning (lua_warning; installed by the warn library).
  warn: (msg: string) => void = () => {};
  readonly typeMetas = new Map<string, LuaTable>();
  /// Longest string the runtime will build ("not enough memory" past it).
  maxStringBytes = 0x7fffffff;
  /// Compiled chunks by id (weakly: closures keep their prototypes alive).
  readonly chunks = new Map<number, WeakRef<Proto[]>>();
  /// Trampolines running on the JS stack, innermost last (for stack scans).
  readonly tramps: Trampoline[] = [];
  /// Receives the generated JavaScript of each chunk (SLUA_DUMP_JS).
  dumpJs: ((name: string, code: string) => void) | undefined = undefined;

  /// Returns the resume form of a compiled function for a point (installed by
  /// the compiler).
  resumeForm: (fn: LuaFunction, point: number) => (fr: LuaFrame, v: LuaValue, isThrow: boolean) => LuaValue =
    () => {
      throw new Error('no compiler installed');
    };

  constructor(opts: StateOptions = {}) {
    this.maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxSteps = opts.maxSteps ?? Infinity;
    this.sliceMs = this.baseSliceMs = opts.sliceMs ?? 8;
    this.maxSliceMs = Math.max(this.baseSliceMs, opts.maxSliceMs ?? 0);
    this.stepsLeft = this.maxSteps;
    this.main.status = 'running';
    this.setLimit();
  }

  // ------------------------------------------------------------ results

  /// Sets the results of a host function from an array; returns the first.
  results(vals: LuaValue[]): LuaValue {
    const n = vals.length;
    this.nret = n;
    if (n >= 2) {
      const ret = this.ret;
      for (let i = 0; i < n; i++) ret[i] = vals[i];
    }
    return vals[0];
  }

  /// The results of the last call as an array, given its first result.
  collect(first: LuaValue): LuaValue[] {
    const n = this.nret;
    if (n === 0) return [];
    if (n === 1) return [first];
    return this.ret.slice(0, n);
  }

  ret0(): undefined {
    this.nret = 0;
    return undefined;
  }

  ret1(v: LuaValue): LuaValue {
    this.nret = 1;
    return v;
  }

  ret2(a: LuaValue, b: LuaValue): LuaValue {
    this.nret = 2;
    this.ret[0] = a;
    this.ret[1] = b;
    return a;
  }

  // --------------------------------------------------------- unwinding

  /// Links a saved frame at the outer end of the unwind chain.
  push(fr: Frame): void {
    fr.handler = this.handler;
    fr.cdelta = this.ccalls - this.current.cbase;
    if (this.utail === null) this.uhead = fr;
    else this.utail.parent = fr;
    this.utail = fr;
  }

  /// A frame that made a tail call to a Lua function leaves the JS stack
  /// without saving itself (the callee suspended).
  tailSuspend(): LuaValue {
    if (!(this.utail instanceof TailMarker)) this.push(new TailMarker());
    return SUSPEND;
  }

  /// Called by compiled code at a suspension point: saves the frame.
  save(fn: LuaFunction, point: number, regs: LuaValue[], va: LuaValue[] | undefined): LuaValue {
    if (this.isTick(fn, point)) {
      // At a loop head no temporary is live: do not let the frame keep their
      // old values alive.
      const n = (fn.P as Proto).code.ntemps;
      for (let i = regs.length - n; i < regs.length; i++) regs[i] = undefined;
    }
    this.push(new LuaFrame(fn, point, regs, va));
    return SUSPEND;
  }

  private isTick(fn: LuaFunction, point: number): boolean {
    const info = (fn.P as Proto | undefined)?.code.points.get(point);
    return info?.tick === true;
  }

  /// Slow path of a function entry (depth past dlimit): the call is saved as an
  /// EntryFrame and made again from a fresh JS stack by the trampoline.
  enter(fn: LuaFunction, args: LuaValue[]): LuaValue {
    if (this.hookmask !== 0 && fn.P !== undefined) {
      // Hooks are active: run the hooked variant (it checks the depth itself).
      this.depth -= costOf(fn);
      return this.hookedCall(fn, args);
    }
    return this.deepen(fn, args);
  }

  deepen(fn: LuaFunction, args: LuaValue[]): LuaValue {
    // Recursion without loops still pays for its steps.
    this.budget -= 100;
    if (this.budget < 0) this.tick();
    this.push(new EntryFrame(fn, args));
    this.request = Req.Deepen;
    return SUSPEND;
  }

  /// Does a saved Lua frame handle errors at its point (to-be-closed
  /// variables)? Installed by the compiler.
  frameCatches: (fr: LuaFrame) => boolean = () => true;

  /// Calls the hooked variant of a Lua function (installed by the compiler).
  hookedCall: (fn: LuaFunction, args: LuaValue[]) => LuaValue = () => undefined;

  // ------------------------------------------------------------- hooks

  /// Sets thread T's hook (debug.sethook); mask letters 'c', 'r', 'l'.
  setHook(T: LuaThread, fn: LuaValue, mask: string, count: number): void {
    let bits = 0;
    if (fn !== undefined) {
      if (mask.includes('c')) bits |= 1;
      if (mask.includes('r')) bits |= 2;
      if (mask.includes('l')) bits |= 4;
      if (count > 0) bits |= 8;
    }
    T.hook = bits === 0 ? undefined : fn;
    T.hookmask = bits;
    T.hookcount = count;
    T.hookleft = count;
    if (T === this.current) {
      this.hookmask = T.inHook > 0 ? 0 : bits;
      this.setLimit();
    }
  }

  /// The Lua function whose event a hook is reporting (`self`; undefined
  /// for host functions): stack scans cannot see the closure of a running
  /// hooked variant otherwise.
  hookedSelf: LuaFunction | undefined = undefined;

  /// A tail call is being made by hooked code: the callee's call event is
  /// a "tail call" one.
  tailcall = false;

  /// Runs the current thread's hook for `event`. From hooked Lua code (`self`
  /// the running function) the hook is a call the function can suspend in
  /// (returns SUSPEND; a HostFrame ends the hook); from host code (`nested`)
  /// it runs to completion.
  private runHook(
    event: string,
    line: LuaValue,
    self: LuaFunction | undefined,
    nested: boolean,
    transfer?: Transfer,
  ): LuaValue {
    const T = this.current;
    // Hooks run between a call and the use of its results: keep them.
    const n = this.nret;
    const st: HookState = {
      T,
      n,
      rest: n >= 2 ? this.ret.slice(0, n) : undefined,
      prevSelf: this.hookedSelf,
      prevTransfer: this.transfer,
    };
    this.hookmask = 0;
    this.hookedSelf = self;
    this.transfer = transfer;
    T.inHook++;
    this.setLimit();
    let r: LuaValue;
    try {
      // Code without line information (stripped) reports nil lines.
      const args = line === undefined ? [event] : [event, (line as number) < 0 ? undefined : line];
      r = hookRunFrame[HOOK_RUN](this, T.hook, args, nested);
    } catch (e) {
      hookEnd(this, st);
      throw e;
    }
    if (r === SUSPEND) {
      this.push(new HostFrame(hookDone, st));
      return r;
    }
    hookEnd(this, st);
    return undefined;
  }

  /// The transfer of the event a hook is reporting (see Transfer).
  transfer: Transfer | undefined = undefined;

  callHook(self: LuaFunction): LuaValue {
    const tail = this.tailcall;
    this.tailcall = false;
    const count = (self.P as Proto).numParams;
    return this.runHook(tail ? 'tail call' : 'call', undefined, self, false, { first: 1, count });
  }

  /// `values` are returned, `first`: the local number after the active ones.
  retHook(self: LuaFunction, values: LuaValue[], first: number): LuaValue {
    return this.runHook('return', undefined, self, false, { first, count: values.length, values });
  }

  /// Calls host function f (already counted on the stack) with call and
  /// return hooks: PUC Lua hooks C functions too.
  hookedHost(f: LuaFunction, args: LuaValue[]): LuaValue {
    this.tailcall = false; // (PUC reports a host function's tail call as a call)
    if (this.hookmask & 1) this.hostHook(f, 'call', { first: 1, count: args.length, stack: args });
    const r = f(...args);
    if (r === SUSPEND) {
      // Its return event comes when it finishes.
      this.push(new HostFrame(hostReturn, { f, args }));
      return r;
    }
    if (this.hookmask & 2) return this.hostReturnHook(f, args, r);
    return r;
  }

  /// Fires the return hook of host function f, which returned `first` (and
  /// L.nret/L.ret): keeps the results.
  hostReturnHook(f: LuaFunction, args: LuaValue[], first: LuaValue): LuaValue {
    const results = this.collect(first);
    this.hostHook(f, 'return', {
      first: args.length + 1,
      count: results.length,
      stack: [...args, ...results],
    });
    return first;
  }

  /// The host function whose call or return event is being reported: stack
  /// scans show it as the level under the hook (runtime/debug.ts).
  hookedFn: LuaFunction | undefined = undefined;

  private hostHook(f: LuaFunction, event: string, transfer: Transfer): void {
    const prev = this.hookedFn;
    this.hookedFn = f;
    try {
      hostHookFrame[HOST_HOOK](this, event, transfer);
    } finally {
      this.hookedFn = prev;
    }
  }

  /// Fires a hook event (runHook is private).
  fireHook(event: string, transfer: Transfer): void {
    this.runHook(event, undefined, undefined, true, transfer);
  }

  /// A line-event check point of hooked code (emit.ts): counts for the
  /// count hook; `fire` when PUC would report a new line there.
  lineHook(line: number, fire: boolean, self: LuaFunction): LuaValue {
    const T = this.current;
    const line_ = fire && (this.hookmask & 4) !== 0;
    if (this.hookmask & 8 && --T.hookleft <= 0) {
      T.hookleft = T.hookcount;
      const r = this.runHook('count', undefined, self, line_);
      if (r === SUSPEND) return r;
    }
    return line_ ? this.runHook('line', line, self, false) : undefined;
  }

  /// Raises "stack overflow" if the current thread's Lua stack is full.
  /// While the error is being handled (message handler, __close), the
  /// thread may go STACK_ERROR_EXTRA frames deeper; past that, the error is
  /// "error in error handling" (as PUC's luaD_growstack).
  checkLuaDepth(): void {
    const T = this.current;
    if (T.heapCount + 1 <= this.maxDepth) {
      T.stackError = false;
      return;
    }
    if (!T.stackError) {
      T.stackError = true;
      // The message handler runs at the error point, over the full stack.
      const t = new LuaThrow(this.where(1) + 'stack overflow');
      if (this.handler !== undefined) this.runHandler(t);
      throw t;
    }
    if (T.heapCount + 1 > this.maxDepth + STACK_ERROR_EXTRA) this.errorInErrorHandling();
  }

  /// Moves the unwind chain onto thread T's continuation.
  linkUnwound(T: LuaThread): void {
    let fr = this.uhead;
    if (fr === null) return;
    let n = 0;
    for (let f: Frame | null = fr; f !== null; f = f.parent) {
      n += f.luaFrames;
      if (f === this.utail) break;
    }
    this.utail!.parent = T.top;
    T.top = fr;
    T.heapCount += n;
    this.uhead = this.utail = null;
    fr = null;
  }

  /// Raises the limits so that a frame of `cost` fits on the current stack.
  allowOneFrame(cost: number): void {
    this.hdlimit = this.depth + cost;
    if (this.hookmask === 0) this.dlimit = this.hdlimit;
  }

  /// Sets dlimit for the current thread and depth.
  setLimit(): void {
    const T = this.current;
    const js = Math.max(this.jsSlots, T.base + this.minSlots);
    // Each frame costs at least MIN_COST: deepen before the thread's Lua
    // stack could pass maxDepth, which is checked exactly on the heap.
    this.hdlimit = Math.min(js, T.base + (this.maxDepth - T.heapCount + 1) * MIN_COST);
    this.dlimit = this.hookmask !== 0 ? -1 : this.hdlimit;
  }

  // --------------------------------------------------------- trampoline

  /// Runs thread T (the current thread) until its continuation is empty (down
  /// to `barrier`) or it must leave the JS stack: `r` is the outcome of the
  /// step just taken (a result, SUSPEND, or a LuaThrow when isThrow). Returns
  /// the final first result (others in nret/ret), or SUSPEND with L.request
  /// set for a request this trampoline cannot serve (yield, await, interrupt,
  /// or a deepen while this trampoline itself sits too deep); throws the error
  /// that ends the run. A nested trampoline (`nested`, run by host code that
  /// cannot suspend, its continuation ending at `barrier`) serves every
  /// deepen itself.
  drive(T: LuaThread, r: LuaValue, isThrow: boolean, barrier: Frame | null = null, nested = false): LuaValue {
    const tramps = this.tramps;
    const n = tramps.length;
    const rec = { thread: T, barrier, nested, current: null as Frame | null };
    tramps.push(rec);
    try {
      return this.trampoline(T, r, isThrow, barrier, nested, rec);
    } finally {
      tramps.length = n;
    }
  }

  private trampoline(
    T: LuaThread,
    r: LuaValue,
    isThrow: boolean,
    barrier: Frame | null,
    nested: boolean,
    rec: Trampoline,
  ): LuaValue {
    for (;;) {
      if (isThrow) {
        if ((r as LuaThrow).uncatchable) throw r;
      } else if (r === SUSPEND) {
        this.linkUnwound(T);
        if (this.request !== Req.Deepen) return SUSPEND;
        if (!nested && T.base > this.jsSlots) return SUSPEND;
        this.request = Req.None;
      }
      const fr = T.top;
      if (fr === barrier || fr === null) {
        if (isThrow) throw r;
        return r;
      }
      T.top = fr.parent;
      T.heapCount -= fr.luaFrames;
      if (isThrow && fr instanceof LuaFrame && !this.frameCatches(fr)) continue;
      this.depth = T.base + fr.cost;
      this.ccalls = T.cbase + fr.cdelta;
      this.handler = fr.handler;
      this.setLimit();
      rec.current = fr;
      try {
        r = fr.resume(this, r, isThrow);
        isThrow = false;
      } catch (e) {
        r = toLuaThrow(e);
        isThrow = true;
      }
    }
  }

  // ------------------------------------------------------------- budget

  /// Slow path of the back-edge check (`--L.budget < 0`): charges the step
  /// budget, checks the abort signal and the time slice. Returns true when the
  /// running function must suspend (Req.Interrupt).
  tick(): boolean {
    const used = BUDGET_CHUNK - this.budget;
    this.budget = BUDGET_CHUNK;
    if (this.forceTick?.()) {
      this.request = Req.Interrupt;
      return true;
    }
    if (this.maxSteps !== Infinity) {
      this.stepsLeft -= used;
      if (this.stepsLeft < 0) {
        this.stepsLeft = 0;
        this.budget = 0;
        this.raiseUncatchable('step limit exceeded');
      }
      if (this.stepsLeft < BUDGET_CHUNK) this.budget = this.stepsLeft;
    }
    if (this.abortReason !== undefined) this.raiseUncatchable(this.abortReason);
    if (this.canInterrupt && this.nny === 0 && performance.now() - this.sliceStart >= this.sliceMs) {
      this.request = Req.Interrupt;
      return true;
    }
    return false;
  }

  /// Back-edges a compiled function counts in its own register before
  /// charging the shared budget (lowered by the stress mode).
  chunk = 1000;

  /// Called every `chunk` back-edges of a compiled function: charges them and
  /// runs `tick` when the shared budget is spent.
  tickLocal(): boolean {
    if (this.finalizers.pending.length !== 0 && this.runFinalizers()) return true;
    this.budget -= this.chunk;
    return this.budget < 0 ? this.tick() : false;
  }

  /// Runs pending finalizers from a suspension point of compiled code: true
  /// when they suspended (the code saves itself under them; Req.Deepen makes
  /// the trampoline go on at once).
  private runFinalizers(): boolean {
    if (runPending(this, undefined) !== SUSPEND) return false;
    this.request = Req.Deepen;
    return true;
  }

  /// Charges `n` steps to the budget from host code (pattern matching, sort...)
  /// and raises when it is exhausted; host code cannot suspend in the middle,
  /// so time slices are only honoured by Lua code.
  charge(n: number): void {
    this.budget -= n;
    if (this.budget < 0) {
      this.tick();
      if (this.request === Req.Interrupt) this.request = Req.None;
    }
  }

  protoOf(cid: number, index: number): Proto | undefined {
    return this.chunks.get(cid)?.deref()?.[index];
  }

  /// Runs the message handler on error t (see call.ts).
  runHandler(t: LuaThrow): void {
    runHandler(this, t);
  }

  callNested(f: LuaValue, args: LuaValue[]): LuaValue {
    return callNested(this, f, args);
  }

  /// LUA_ERRERR: an error while handling an error.
  errorInErrorHandling(): never {
    const t = new LuaThrow('error in error handling');
    t.errerr = true;
    t.handled = true;
    throw t;
  }

  /// "short_src:line: " of a site's function at that site, or '' (luaL_where
  /// of a Lua level).
  siteWhere(site: number): string {
    const s = this.sites.get(site);
    if (s.chunk.stripped || s.line <= 0) return '';
    return `${s.chunk.shortSrc}:${s.line}: `;
  }

  /// Refuses to build a string longer than maxStringBytes.
  checkString(n: number, _site: number): true {
    if (n > this.maxStringBytes) {
      const t = new LuaThrow('not enough memory');
      throw t;
    }
    return true;
  }

  raiseUncatchable(msg: string): never {
    const t = new LuaThrow(msg);
    t.uncatchable = true;
    throw t;
  }

  /// The traceback of the current stack (for errors reaching the host);
  /// installed by the debug library.
  tracebackAt: () => string = () => 'stack traceback:\n\t[C]: in ?';
  /// The running thread's stack levels (installed by the debug module).
  levelsAt: () => unknown = () => undefined;

  /// Position prefix "chunk:line: " of the Lua function at `level` (1 = the
  /// function that called the running host function); installed by debug.ts.
  where: (level: number) => string = () => '';
}
