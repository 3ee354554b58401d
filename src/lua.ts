// The JavaScript API: a Lua state with its libraries, running chunks
// asynchronously (host Promises, time slices, abort signals) or synchronously.
//
// Values crossing the boundary: nil <-> undefined, booleans, Lua integers <->
// number (bigint beyond 2^53), floats <-> number, strings <-> JS strings (UTF-8
// encoded/decoded), Lua tables and functions <-> handles (LuaTableRef,
// LuaFunctionRef); JS functions become host functions (sync or async).

import { hookedForm, resumeForm } from './compiler/compile.js';
import type { Proto } from './compiler/proto.js';
import { bytesToString, utf8ToBytes } from './frontend/bytes.js';
import { LuaSyntaxError } from './frontend/errors.js';
import type { Host } from './host/host.js';
import { loadChunk, tostring } from './lib/base.js';
import { traceback } from './lib/debug.js';
import { openLibs } from './lib/init.js';
import { TRACEBACK_HANDLER } from './runtime/call.js';
import { registerBuiltins, where } from './runtime/debug.js';
import { LuaExit, LuaThrow, toLuaThrow } from './runtime/errors.js';
import { runPending } from './runtime/finalize.js';
import { callValue, metaOf, raise, typeName } from './runtime/metamethods.js';
import { intFromBig, isInteger, numberToString, toDouble } from './runtime/number.js';
import { LuaState, type StateOptions, SUSPEND } from './runtime/state.js';
import { LuaTable } from './runtime/table.js';
import { Req } from './runtime/thread.js';
import { LuaFloat, type LuaFunction, LuaInt, type LuaValue } from './runtime/value.js';

export interface LuaOptions extends StateOptions {
  /// Receives what print/io.write produce, as a byte string.
  stdout?: (bytes: string) => void;
  stderr?: (bytes: string) => void;
  /// Files, environment, clocks and processes for the io/os/package
  /// libraries. Default: an empty in-memory file system (MemoryHost); pass a
  /// NodeHost (src/host/node.ts) for the real ones.
  host?: Host;
}

/// How a run can be stopped from outside.
export interface ExecOptions {
  /// Aborting it ends the run with its reason (a string) as the message; no
  /// pcall catches it.
  signal?: AbortSignal;
  /// Aborting it raises its reason (a string, default 'interrupted!') as an
  /// ordinary Lua error at the next check point of the running code (a loop
  /// back-edge, a deep call, a long library operation): pcall catches it, as
  /// it catches lua.c's Ctrl-C, and the message carries the position of the
  /// interrupted function's caller, as luaL_error in lua.c's hook gives it.
  interrupt?: AbortSignal;
}

export interface RunOptions extends ExecOptions {
  chunkname?: string;
}

export interface CallOptions extends ExecOptions {
  /// A message handler (lua_pcall's msgh): called at the error point with the
  /// error value; what it returns becomes the error value. Without one, the
  /// value is kept and the traceback recorded (LuaError.luaTraceback).
  handler?: LuaValue;
}

type Step = { value: LuaValue; isThrow: boolean; done?: boolean; values?: LuaValue[] };

/// An error raised by Lua code (or a syntax error), seen from JavaScript.
export class LuaError extends Error {
  /// The Lua error value, converted to JS.
  value: unknown;
  /// PUC-style traceback text ("stack traceback:\n\t...").
  luaTraceback: string;
  /// The Lua error value itself (byte strings, tables...).
  luaValue: LuaValue;
  constructor(message: string, value: unknown, traceback = '', luaValue?: LuaValue) {
    super(message);
    this.name = 'LuaError';
    this.value = value;
    this.luaTraceback = traceback;
    this.luaValue = luaValue ?? (typeof value === 'string' ? utf8ToBytes(value) : undefined);
  }
}

/// A Lua table seen from JavaScript.
export class LuaTableRef {
  constructor(
    readonly lua: Lua,
    readonly table: LuaTable,
  ) {}
  get(key: unknown): unknown {
    return this.lua.fromLua(this.table.get(this.lua.toLua(key)));
  }
  set(key: unknown, value: unknown): void {
    this.table.set(this.lua.toLua(key), this.lua.toLua(value));
  }
  get length(): number {
    return this.table.length();
  }
}

const hostName = '[host]';
registerBuiltins({ [hostName]: 1 });

export class Lua {
  readonly state: LuaState;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(opts: LuaOptions = {}) {
    const L = new LuaState(opts);
    this.state = L;
    L.resumeForm = (fn, point) => resumeForm(L, fn.P as Proto, point);
    L.where = (level) => where(L, level);
    L.hookedCall = (fn, args) => hookedForm(L, fn.P as Proto)(fn, ...args);
    L.tracebackAt = () => traceback(L, undefined, 1);
    L.frameCatches = (fr) => (fr.fn.P as Proto).code.points.get(fr.point)?.catches ?? true;
    // Without a host: an empty MemoryHost writing to the console; a given
    // host keeps its own streams unless stdout/stderr override them.
    const stdout = opts.stdout ?? (opts.host ? undefined : defaultWriter('stdout'));
    const stderr = opts.stderr ?? (opts.host ? undefined : defaultWriter('stderr'));
    openLibs(L, { host: opts.host, stdout, stderr });
  }

  setGlobal(name: string, value: unknown): void {
    this.state.globals.set(utf8ToBytes(name), this.toLua(value));
  }

  getGlobal(name: string): unknown {
    return this.fromLua(this.state.globals.get(utf8ToBytes(name)));
  }

  /// Runs a chunk; resolves with its results. Runs are queued: one at a time.
  run(source: string | Uint8Array, opts: RunOptions = {}): Promise<unknown[]> {
    return this.enqueue(() => this.runNow(() => this.compile(source, opts.chunkname), [], opts)).then((vs) =>
      vs.map((x) => this.fromLua(x)),
    );
  }

  /// Closes the state as lua_close does: runs the finalizers (__gc) of every
  /// table still marked for finalization, newest first. Errors in them are
  /// warnings. The state stays usable.
  close(): Promise<void> {
    const L = this.state;
    const closeState = () => {
      L.finalizers.all();
      return runPending(L, L.ret0());
    };
    return this.enqueue(() => this.runNow(() => closeState, [], {})).then(() => undefined);
  }

  /// Calls a Lua function as `run` runs a chunk (asynchronously, queued), with
  /// Lua values in and out, unconverted: for hosts that work with Lua values,
  /// such as the command line.
  callAsync(fn: LuaValue, args: LuaValue[] = [], opts: CallOptions = {}): Promise<LuaValue[]> {
    return this.enqueue(() => this.runNow(() => fn, args, opts, opts.handler));
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const p = this.queue.then(job);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /// Runs a chunk to completion without yielding to the event loop; throws if
  /// it would have to await a host Promise.
  runSync(source: string | Uint8Array, opts: { chunkname?: string } = {}): unknown[] {
    const L = this.state;
    L.canInterrupt = false;
    let r = this.begin(this.compile(source, opts.chunkname), [], undefined);
    for (;;) {
      r = this.step(r);
      if (r.done) return r.values!.map((x) => this.fromLua(x));
      if (L.request === Req.Await) {
        L.request = Req.None;
        L.promise = undefined;
        r = { value: new LuaThrow('attempt to await a host promise in runSync'), isThrow: true };
      } else {
        L.request = Req.None;
        r = { value: undefined, isThrow: false };
      }
    }
  }

  private async runNow(
    fn: () => LuaValue,
    args: LuaValue[],
    opts: ExecOptions,
    handler?: LuaValue,
  ): Promise<LuaValue[]> {
    const L = this.state;
    const signal = opts.signal;
    const onAbort = () => {
      // The signal's reason, when it is a string, is the error message.
      L.abortReason = typeof signal?.reason === 'string' ? signal.reason : 'aborted';
      L.budget = 0;
    };
    const interrupt = opts.interrupt;
    const savedTick = L.forceTick;
    const onInterrupt = () => {
      const msg = typeof interrupt?.reason === 'string' ? interrupt.reason : 'interrupted!';
      // Raised by the next budget check, in the interrupted code (as lua.c's
      // hook raises it), once.
      L.forceTick = () => {
        L.forceTick = savedTick;
        raise(L, L.where(1) + utf8ToBytes(msg));
      };
      L.budget = 0;
    };
    signal?.addEventListener('abort', onAbort);
    interrupt?.addEventListener('abort', onInterrupt);
    try {
      if (signal?.aborted) {
        const msg = typeof signal.reason === 'string' ? signal.reason : 'aborted';
        throw new LuaError(msg, msg);
      }
      L.canInterrupt = true;
      L.sliceMs = L.baseSliceMs;
      L.sliceStart = performance.now();
      if (interrupt?.aborted) onInterrupt();
      let r = this.begin(fn(), args, handler);
      for (;;) {
        r = this.step(r);
        if (r.done) return r.values!;
        if (L.request === Req.Await) {
          const p = L.promise!;
          L.request = Req.None;
          L.promise = undefined;
          try {
            const v = await p;
            r = { value: L.results([this.toLua(v)]), isThrow: false };
          } catch (e) {
            r = { value: new LuaThrow(e instanceof Error ? e.message : this.toLua(e)), isThrow: true };
          }
        } else {
          L.request = Req.None;
          await yieldToEventLoop();
          this.maybeCollect();
          L.sliceMs = Math.min(L.maxSliceMs, L.sliceMs * 2);
          r = { value: undefined, isThrow: false };
        }
        L.sliceStart = performance.now();
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      interrupt?.removeEventListener('abort', onInterrupt);
      L.forceTick = savedTick;
      L.abortReason = undefined;
      L.canInterrupt = false;
    }
  }

  private lastGc = 0;

  /// Weak tables lose entries only after a full collection, which the host
  /// runs at its own pace; when weak tables exist and the host exposes `gc`,
  /// force one now and then between time slices (as PUC's incremental
  /// collector would have run), unless collectgarbage('stop') stopped it.
  private maybeCollect(): void {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (this.state.gc.stopped || !this.state.collectionsMatter() || typeof gc !== 'function') return;
    const now = performance.now();
    if (now - this.lastGc < 100) return;
    this.lastGc = now;
    gc();
  }

  /// Compiles a chunk (a syntax error is thrown as a LuaError).
  private compile(source: string | Uint8Array, chunkname: string | undefined): LuaFunction {
    const L = this.state;
    const bytes = typeof source === 'string' ? utf8ToBytes(source) : bytesToString(source);
    try {
      return loadChunk(L, bytes, chunkname === undefined ? bytes : utf8ToBytes(chunkname), L.globals);
    } catch (e) {
      if (e instanceof LuaSyntaxError) throw new LuaError(e.message, e.message);
      throw e;
    }
  }

  /// Makes the first call of a run on the main thread.
  private begin(fn: LuaValue, args: LuaValue[], handler: LuaValue): Step {
    const L = this.state;
    const T = L.main;
    L.current = T;
    T.base = 0;
    T.cbase = 0;
    L.depth = 0;
    L.ccalls = 2;
    L.handler = handler ?? TRACEBACK_HANDLER;
    L.setLimit();
    try {
      return { value: callValue(L, fn, 0, args), isThrow: false };
    } catch (e) {
      return { value: toLuaThrow(e), isThrow: true };
    }
  }

  /// Runs the main thread's trampoline; done with values, or suspended with
  /// L.request telling why.
  private step(r: Step): Step {
    const L = this.state;
    let v: LuaValue;
    try {
      v = L.drive(L.main, r.value, r.isThrow);
    } catch (e) {
      const t = toLuaThrow(e);
      L.main.top = null;
      L.main.heapCount = 0;
      // os.exit: the run ends with the LuaExit itself (code, close).
      if (t instanceof LuaExit) throw t;
      throw this.toError(t);
    }
    if (v === SUSPEND) return { value: v, isThrow: false, done: false };
    return { value: v, isThrow: false, done: true, values: L.collect(v) };
  }

  private toError(t: LuaThrow): LuaError {
    const v = t.value;
    // As lua.c's msghandler words it.
    let msg: string;
    if (typeof v === 'string') msg = decode(v);
    else if (isInteger(v) || typeof v === 'number' || v instanceof LuaFloat) msg = numberToString(v);
    else if (metaOf(this.state, v, '__tostring') !== undefined) {
      try {
        msg = decode(tostring(this.state, v));
      } catch {
        msg = `(error object is a ${typeName(v)} value)`;
      }
    } else msg = `(error object is a ${typeName(v)} value)`;
    return new LuaError(msg, this.fromLua(v), t.traceback ?? '', v);
  }

  // ------------------------------------------------------ conversions

  toLua(v: unknown): LuaValue {
    switch (typeof v) {
      case 'undefined':
        return undefined;
      case 'boolean':
        return v;
      case 'number':
        return v;
      case 'bigint':
        return intFromBig(BigInt.asIntN(64, v));
      case 'string':
        return utf8ToBytes(v);
      case 'function':
        return this.hostFunction(v as (...args: unknown[]) => unknown);
      case 'object':
        if (v === null) return undefined;
        if (v instanceof LuaTableRef) return v.table;
        if (v instanceof LuaTable) return v;
        if (v instanceof Uint8Array) return bytesToString(v);
        if (Array.isArray(v)) {
          const t = new LuaTable();
          v.forEach((x, i) => t.set(i + 1, this.toLua(x)));
          return t;
        }
        {
          const t = new LuaTable();
          for (const [k, x] of Object.entries(v as object)) t.set(utf8ToBytes(k), this.toLua(x));
          return t;
        }
      default:
        return undefined;
    }
  }

  fromLua(v: LuaValue): unknown {
    if (v === undefined || typeof v === 'boolean' || typeof v === 'number') return v;
    if (typeof v === 'string') return decode(v);
    if (v instanceof LuaInt) return v.v;
    if (v instanceof LuaFloat) return v.n;
    if (v instanceof LuaTable) return new LuaTableRef(this, v);
    if (typeof v === 'function') return (...args: unknown[]) => this.call(v, args);
    return v;
  }

  /// Calls a Lua function synchronously from JS; returns its results.
  call(f: LuaValue, args: unknown[]): unknown[] {
    const L = this.state;
    const r = L.callNested(
      f,
      args.map((a) => this.toLua(a)),
    );
    return L.collect(r).map((x) => this.fromLua(x));
  }

  /// Wraps a JS function as a Lua host function.
  private hostFunction(fn: (...args: unknown[]) => unknown): LuaFunction {
    const L = this.state;
    const self = this;
    const w = {
      [hostName](...args: LuaValue[]): LuaValue {
        let r: unknown;
        try {
          r = fn(...args.map((a) => self.fromLua(a)));
        } catch (e) {
          if (e instanceof LuaThrow) throw e;
          raise(L, e instanceof Error ? utf8ToBytes(e.message) : self.toLua(e));
        }
        if (r !== null && typeof r === 'object' && typeof (r as PromiseLike<unknown>).then === 'function') {
          if (L.current.nny > 0) raise(L, 'attempt to yield across a C-call boundary');
          L.promise = r as PromiseLike<unknown>;
          L.request = Req.Await;
          return SUSPEND;
        }
        return L.ret1(self.toLua(r));
      },
    };
    return w[hostName];
  }
}

function decode(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) ascii = false;
  if (ascii) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

function defaultWriter(which: 'stdout' | 'stderr'): (s: string) => void {
  const proc = (globalThis as any).process;
  if (proc?.[which]?.write) {
    return (s: string) => {
      const bytes = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
      proc[which].write(bytes);
    };
  }
  return (s: string) => (which === 'stdout' ? console.log : console.error)(decode(s).replace(/\n$/, ''));
}

/// Lets timers and I/O run, as briefly as the host allows: setImmediate in
/// Node (setTimeout(0) waits a millisecond), a MessageChannel in browsers.
const yieldToEventLoop: () => Promise<void> = (() => {
  const g = globalThis as { setImmediate?: (f: () => void) => void; MessageChannel?: typeof MessageChannel };
  if (typeof g.setImmediate === 'function') {
    const si = g.setImmediate;
    return () => new Promise<void>((resolve) => si(resolve));
  }
  if (typeof g.MessageChannel === 'function') {
    const ch = new g.MessageChannel();
    const waiting: (() => void)[] = [];
    ch.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        ch.port2.postMessage(0);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();

void toDouble;
