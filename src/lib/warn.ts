// The warning system (lua_warning with lauxlib's warning function) and the
// basic library's `warn`.
//
// Warnings start off, as in a state made by luaL_newstate; the control message
// "@on" turns them on ("@off" off again), and the command line's -W sends
// "@on". A warning is written to standard error as "Lua warning: ", its
// pieces, and a newline. Control messages are recognised only as the first
// piece of a message (a `warn` call with a single argument).

import { registerBuiltins } from '../runtime/debug.js';
import type { LuaState } from '../runtime/state.js';
import type { LuaValue } from '../runtime/value.js';
import { checkString } from './args.js';

interface WarnState {
  /// 'cont': in the middle of a message (its first pieces are written).
  mode: 'off' | 'on' | 'cont';
  out: (bytes: string) => void;
}

const states = new WeakMap<LuaState, WarnState>();

/// lua_warning: emits one piece of a warning; `tocont` says more follow.
export function warning(L: LuaState, msg: string, tocont: boolean): void {
  const st = states.get(L);
  if (st === undefined) return;
  if (st.mode !== 'cont' && !tocont && msg.charCodeAt(0) === 64) {
    // '@': a control message (an unknown one is ignored)
    if (msg === '@on') st.mode = 'on';
    else if (msg === '@off') st.mode = 'off';
    return;
  }
  if (st.mode === 'off') return;
  st.out(st.mode === 'on' ? `Lua warning: ${msg}` : msg);
  if (tocont) st.mode = 'cont';
  else {
    st.out('\n');
    st.mode = 'on';
  }
}

/// Installs `warn`; warnings go to `out` (standard error).
export function openWarn(L: LuaState, out: (bytes: string) => void): void {
  states.set(L, { mode: 'off', out });
  L.warn = (msg) => warning(L, msg, false);
  const lib = {
    '_G.warn'(...args: LuaValue[]): LuaValue {
      const n = args.length;
      // Every piece is checked before any is emitted.
      const pieces = [checkString(L, args[0], 1, n, '_G.warn')];
      for (let i = 2; i <= n; i++) pieces.push(checkString(L, args[i - 1], i, n, '_G.warn'));
      for (let i = 0; i < pieces.length; i++) warning(L, pieces[i], i < pieces.length - 1);
      return L.ret0();
    },
  };
  registerBuiltins(lib);
  L.globals.setStr('warn', lib['_G.warn']);
}
