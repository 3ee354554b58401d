// To-be-closed variables (`local x <close>` and the generic for's closing
// value): the checks when one is declared and the calls of __close when its
// scope ends, normally (error nil) or by an error. A __close method may
// suspend (yield, await); an error it raises replaces the one in flight, so
// it simply propagates.

import { errorValue, LuaExit, LuaThrow } from './errors.js';
import { callMetaSlow, enterC, metaOf, rtError } from './metamethods.js';
import { type LuaState, SUSPEND } from './state.js';
import type { LuaValue } from './value.js';

/// Checks a value assigned to a to-be-closed variable.
export function checkClose(L: LuaState, v: LuaValue, name: string | null, site: number): void {
  if (v === undefined || v === false) return;
  if (metaOf(L, v, '__close') === undefined) {
    rtError(L, site, `variable '${name ?? '(for state)'}' got a non-closable value`);
  }
}

/// Calls v's __close with the error value (nil on a normal exit); returns
/// undefined, or SUSPEND when the method suspended.
export function closeVar(L: LuaState, v: LuaValue, err: LuaValue, site = 0): LuaValue {
  if (v === undefined || v === false) return undefined;
  const mm = metaOf(L, v, '__close');
  enterC(L, site);
  const r = typeof mm === 'function' ? mm(v, err) : callMetaSlow(L, mm, [v, err], site, 'close');
  L.ccalls--;
  return r === SUSPEND ? r : undefined;
}

/// Closes v because of the thrown error `e`.
export function closeErr(L: LuaState, v: LuaValue, e: unknown, site = 0): LuaValue {
  if (e instanceof LuaThrow && e.uncatchable) {
    if (e instanceof LuaExit && e.close && L.current === L.main) return closeAtExit(L, v, site);
    return undefined;
  }
  const T = L.current;
  if (T !== L.main && T.pcalls === 0 && !T.closing) {
    // The error kills the coroutine: PUC leaves its variables open until
    // coroutine.close (or wrap) closes them.
    if (v !== undefined && v !== false) T.pendingCloses.push([v, errorValue(e)]);
    return undefined;
  }
  return onError[ON_ERROR](L, v, errorValue(e), site);
}

/// os.exit(code, true): lua_close closes the main thread's pending variables
/// with no error, ignoring errors they raise.
function closeAtExit(L: LuaState, v: LuaValue, site: number): LuaValue {
  try {
    return closeVar(L, v, undefined, site);
  } catch {
    return undefined;
  }
}

/// The JS frame name that tells stack scans (debug.ts) that the Lua frame
/// below is closing its variables because of an error: in PUC Lua that frame
/// is already gone, so it is not a level any more.
export const ON_ERROR = '[close-on-error]';
/// The JS frame name under which a coroutine body starts (lib/coroutine.ts).
export const CO_START = '[coroutine-start]';
const onError = {
  [ON_ERROR](L: LuaState, v: LuaValue, err: LuaValue, site: number): LuaValue {
    return closeVar(L, v, err, site);
  },
};
