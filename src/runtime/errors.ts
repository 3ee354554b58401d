// Lua errors as JavaScript exceptions, and the central helpers that word
// runtime error messages exactly as PUC Lua does (typeerror, varinfo,
// argerror...). Every Lua error is thrown as a LuaThrow; JS errors that escape
// the runtime (internal bugs, a host function's exception) are converted at
// the catch points with `errorValue`.
//
// A LuaThrow is not an Error: creating one does not capture a JS stack trace,
// so pcall/error loops stay cheap. The public LuaError (api) wraps it.

import type { LuaValue } from './value.js';

export class LuaThrow {
  /// The error value.
  value: LuaValue;
  /// The message handler of the enclosing xpcall has already processed it.
  handled = false;
  /// Cannot be caught by pcall/xpcall/coroutine.resume (budget exhausted,
  /// aborted run, os.exit): it unwinds to the host.
  uncatchable = false;
  /// "error in error handling" (LUA_ERRERR): no handler runs for it.
  errerr = false;
  /// Traceback text captured at the throw point when the host asked for one.
  traceback: string | undefined = undefined;
  /// Stack levels of the coroutine it is killing, captured where it was
  /// raised (debug.traceback of a dead coroutine shows them).
  levels: unknown = undefined;
  constructor(value: LuaValue) {
    this.value = value;
  }
}

/// Thrown (uncatchable) by os.exit to end the run.
export class LuaExit extends LuaThrow {
  constructor(
    readonly code: number,
    readonly close: boolean,
  ) {
    super(undefined);
    this.uncatchable = true;
  }
}

/// Print the JS stack of internal errors (set SLUA_DEBUG in the environment).
const debugInternal = typeof process !== 'undefined' && process.env?.SLUA_DEBUG !== undefined;

/// The Lua value carried by anything thrown inside the runtime.
export function errorValue(e: unknown): LuaValue {
  if (e instanceof LuaThrow) return e.value;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'stack overflow';
  if (e instanceof RangeError && /string length|maximum size|array length/i.test(e.message))
    return 'not enough memory';
  if (e instanceof Error && e.message === 'not enough memory') return 'not enough memory';
  if (e instanceof Error) return e.message;
  return String(e);
}

/// Normalises anything thrown into a LuaThrow.
export function toLuaThrow(e: unknown): LuaThrow {
  if (e instanceof LuaThrow) return e;
  if (debugInternal && e instanceof Error && !(e instanceof RangeError))
    console.error('internal error:', e.stack);
  return new LuaThrow(errorValue(e));
}
