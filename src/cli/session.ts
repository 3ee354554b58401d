// The Lua state of the command line and lua.c's ways of running code in it:
// docall (a call with lua.c's message handler, Ctrl-C turned into an
// "interrupted!" error), report (the message on standard error, after the
// program name), and the loaders of chunks from strings, files and stdin.
//
// Values stay Lua values (byte strings) here: messages are written byte for
// byte, as lua5.4 writes them.

import { LuaSyntaxError } from '../frontend/errors.js';
import { HostError, type HostFile } from '../host/host.js';
import { NodeHost } from '../host/node.js';
import { loadChunk } from '../lib/base.js';
import { traceback } from '../lib/debug.js';
import { Lua, LuaError } from '../lua.js';
import { registerBuiltins } from '../runtime/debug.js';
import { index, metaOf, setindex, typeName } from '../runtime/metamethods.js';
import { isNumber, numberToString } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import type { LuaValue } from '../runtime/value.js';

/// Milliseconds of Lua code between two looks at the event loop (signals):
/// the first after 50 ms, then twice as long each time up to a second, so a
/// long run is interrupted (and its functions go on cold) about once a second
/// while Ctrl-C still answers within one.
const SLICE_MS = 50;
const MAX_SLICE_MS = 1000;

/// The outcome of loading or running: results, or the error message.
export type Outcome = { ok: true; values: LuaValue[] } | { ok: false; msg: string };

export class Session {
  readonly lua: Lua;
  readonly L: LuaState;
  readonly host: NodeHost;
  /// Shown before error messages (none in interactive mode).
  progname: string | undefined;
  /// lua.c's msghandler, as a Lua function.
  private readonly handler: LuaValue;
  /// luaL_loadfile (the library's loadfile, kept before any user code runs).
  private readonly loadfile: LuaValue;

  constructor(progname: string) {
    this.progname = progname;
    this.host = new NodeHost();
    dieOnBrokenPipe(this.host.stdout);
    dieOnBrokenPipe(this.host.stderr);
    this.lua = new Lua({ host: this.host, sliceMs: SLICE_MS, maxSliceMs: MAX_SLICE_MS });
    const L = (this.L = this.lua.state);
    L.gc.generational = true; // lua.c's pmain switches to generational mode
    if (process.env.SLUA_DUMP_JS) L.dumpJs = (name, code) => process.stderr.write(`--- ${name}\n${code}\n`);
    this.loadfile = L.globals.getStr('loadfile');
    this.handler = messageHandler(L);
  }

  // ------------------------------------------------------------ output

  /// Writes bytes to standard output (buffered with print's output).
  out(bytes: string): void {
    this.host.stdout.write(bytes);
  }

  /// Writes bytes to standard error, after flushing standard output.
  err(bytes: string): void {
    try {
      this.host.stdout.flush();
    } catch {
      // reported by the program's own writes, if ever
    }
    this.host.stderr.write(bytes);
  }

  /// l_message: the message after the program name, if any.
  message(msg: string): void {
    this.err(this.progname === undefined ? `${msg}\n` : `${this.progname}: ${msg}\n`);
  }

  /// report: prints the message of a failed outcome; true if it succeeded.
  report(r: Outcome): boolean {
    if (!r.ok) this.message(r.msg);
    return r.ok;
  }

  // ----------------------------------------------------------- globals

  /// Calls Lua from the command line's own code (lua.c's C code in pmain):
  /// no message handler; an error is thrown as a LuaThrow and ends slua.
  call(f: LuaValue, args: LuaValue[]): LuaValue {
    const L = this.L;
    const handler = L.handler;
    L.handler = undefined;
    try {
      return L.callNested(f, args);
    } finally {
      L.handler = handler;
    }
  }

  getGlobal(name: string): LuaValue {
    const L = this.L;
    return this.call(() => L.ret1(index(L, L.globals, name, 0)), []);
  }

  setGlobal(name: string, v: LuaValue): void {
    const L = this.L;
    this.call(() => L.ret1(setindex(L, L.globals, name, v, 0)), []);
  }

  // ----------------------------------------------------------- loading

  /// luaL_loadbuffer: the chunk, or the syntax error.
  loadBuffer(source: string, chunkname: string): Outcome {
    try {
      return { ok: true, values: [loadChunk(this.L, source, chunkname, this.L.globals)] };
    } catch (e) {
      if (e instanceof LuaSyntaxError) return { ok: false, msg: e.message };
      throw e;
    }
  }

  /// luaL_loadfile: a file's chunk (stdin's when `name` is undefined), or why
  /// it could not be loaded.
  loadFile(name: string | undefined): Outcome {
    const L = this.L;
    const f = this.call(this.loadfile, name === undefined ? [] : [name]);
    if (typeof f === 'function') return { ok: true, values: [f] };
    return { ok: false, msg: L.nret >= 2 ? String(L.ret[1]) : '?' };
  }

  // ----------------------------------------------------------- running

  /// docall: calls fn with lua.c's message handler; Ctrl-C interrupts it
  /// with an "interrupted!" error, and a second one ends the process (the
  /// signal's default action, as lua.c restores it). Throws LuaExit.
  async docall(fn: LuaValue, args: LuaValue[]): Promise<Outcome> {
    const ac = new AbortController();
    const onSigint = () => {
      process.removeListener('SIGINT', onSigint);
      ac.abort('interrupted!');
    };
    process.on('SIGINT', onSigint);
    try {
      return {
        ok: true,
        values: await this.lua.callAsync(fn, args, { handler: this.handler, interrupt: ac.signal }),
      };
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      const v = e.luaValue;
      return { ok: false, msg: typeof v === 'string' ? v : isNumber(v) ? numberToString(v) : e.message };
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
  }

  /// dochunk: runs a loaded chunk and reports its failure.
  async dochunk(loaded: Outcome): Promise<boolean> {
    const r = loaded.ok ? await this.docall(loaded.values[0], []) : loaded;
    return this.report(r);
  }

  dostring(source: string, chunkname: string): Promise<boolean> {
    return this.dochunk(this.loadBuffer(source, chunkname));
  }

  dofile(name: string | undefined): Promise<boolean> {
    return this.dochunk(this.loadFile(name));
  }
}

/// lua.c's msghandler: a string message gets the traceback appended; an error
/// object with a __tostring that gives a string is its own message (no
/// traceback); any other object is described by its type.
function messageHandler(L: LuaState): LuaValue {
  const fns = {
    '[slua msghandler]'(err: LuaValue): LuaValue {
      let msg: string;
      if (typeof err === 'string') msg = err;
      else if (isNumber(err)) msg = numberToString(err);
      else {
        const mm = metaOf(L, err, '__tostring');
        if (mm !== undefined) {
          const s = L.callNested(mm, [err]);
          if (typeof s === 'string') return L.ret1(s);
        }
        msg = `(error object is a ${typeName(err)} value)`;
      }
      return L.ret1(traceback(L, msg, 1));
    },
  };
  registerBuiltins(fns);
  return fns['[slua msghandler]'];
}

/// Writing to a closed pipe kills lua5.4 (SIGPIPE's default action), silently:
/// `slua script | head` must end as soon as head does. Node ignores SIGPIPE;
/// with a listener added and removed, its default action is back.
function dieOnBrokenPipe(f: HostFile): void {
  const guard =
    <A extends unknown[], R>(op: (...a: A) => R) =>
    (...a: A): R => {
      try {
        return op.apply(f, a);
      } catch (e) {
        if (e instanceof HostError && e.code === 'EPIPE') {
          const noop = () => {};
          process.on('SIGPIPE', noop);
          process.removeListener('SIGPIPE', noop);
          process.kill(process.pid, 'SIGPIPE');
          process.exit(141);
        }
        throw e;
      }
    };
  f.write = guard(f.write);
  f.flush = guard(f.flush);
}
