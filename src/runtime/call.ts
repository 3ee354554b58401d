// Calls into Lua from host code, and the message handler protocol.
//
// Host functions that can continue after their callee suspends (pcall,
// coroutine.resume, table.sort...) call Lua values directly and push a
// HostFrame on SUSPEND. Host code that cannot (a message handler, __gc, a
// library callback written in direct style) uses `callNested`: a nested
// trampoline on the same thread that serves "deepen" requests itself and
// forbids yields (the thread is non-yieldable meanwhile, as across a C call in
// PUC Lua).

import { LuaThrow, toLuaThrow } from './errors.js';
import { callValue, enterC } from './metamethods.js';
import { type LuaState, SUSPEND } from './state.js';
import type { LuaValue } from './value.js';

/// Marker message handler installed by the host at the bottom of a run: errors
/// that reach it get their traceback recorded at the error point.
export const TRACEBACK_HANDLER = Object.freeze({ traceback: true });
/// The handler of a running coroutine's body (outside its pcalls).
export const CO_HANDLER = Object.freeze({ coroutine: true });

/// Calls f(...args) from host code that cannot suspend; returns the first
/// result (all results in L.nret/L.ret).
export function callNested(L: LuaState, f: LuaValue, args: LuaValue[]): LuaValue {
  const T = L.current;
  const base = T.base;
  const cbase = T.cbase;
  const depth = L.depth;
  const dlimit = L.dlimit;
  const handler = L.handler;
  const barrier = T.top;
  enterC(L, 0);
  T.base = L.depth;
  T.cbase = L.ccalls;
  T.nny++;
  L.setLimit();
  try {
    let r: LuaValue;
    let isThrow = false;
    try {
      r = callValue(L, f, 0, args);
    } catch (e) {
      r = toLuaThrow(e);
      isThrow = true;
    }
    if (isThrow || r === SUSPEND) {
      r = L.drive(T, r, isThrow, barrier, true);
      if (r === SUSPEND) throw new LuaThrow('attempt to yield across a C-call boundary');
    }
    return r;
  } finally {
    T.base = base;
    T.cbase = cbase;
    T.nny--;
    L.ccalls--;
    L.depth = depth;
    L.dlimit = dlimit;
    L.handler = handler;
  }
}

/// Runs the message handler of the innermost xpcall on error t, at the point
/// of the error (PUC's luaG_errormsg). A handler that fails is called again
/// with its own error (the nested raise does it); past the C stack limit the
/// error becomes "error in error handling".
export function runHandler(L: LuaState, t: LuaThrow): void {
  const h = L.handler;
  if (h === CO_HANDLER) {
    // A coroutine outside any pcall: keep its levels for debug.traceback.
    if (t.levels === undefined) t.levels = L.levelsAt();
    return;
  }
  if (h === TRACEBACK_HANDLER) {
    // The host's own handler (Lua.run): keep the value, record the traceback.
    if (t.traceback === undefined) t.traceback = L.tracebackAt();
    return;
  }
  try {
    t.value = callNested(L, h, [t.value]);
  } catch (e) {
    const et = toLuaThrow(e);
    if (et.uncatchable || et.errerr) throw et;
    t.value = et.value;
  }
  t.handled = true;
}
