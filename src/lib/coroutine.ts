// The coroutine library. A coroutine is a LuaThread with its own continuation;
// resume runs it on top of the resumer's JavaScript stack through a
// trampoline (LuaState.drive) until it returns, fails, or suspends:
// - a yield (Req.Yield) ends the resume with the yielded values;
// - any other request (await, interrupt, deepen far from the root) must reach
//   the host: the coroutine stays "host-suspended", and resume itself
//   suspends with a HostFrame that later continues the coroutine where the
//   request left it.

import { CO_HANDLER } from '../runtime/call.js';
import { getLevels, registerBuiltins, where } from '../runtime/debug.js';
import { type LuaThrow, LuaThrow as LuaThrowClass, toLuaThrow } from '../runtime/errors.js';
import { HostFrame } from '../runtime/frames.js';
import { callValue, raise } from '../runtime/metamethods.js';
import { type LuaState, MAX_CCALLS, SUSPEND } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { CO_START, closeVar } from '../runtime/tbc.js';
import { LuaThread, Req } from '../runtime/thread.js';
import type { LuaFunction, LuaValue } from '../runtime/value.js';
import { libError, typeError } from './args.js';

/// Outcome of running a coroutine: values (true) or an error (false); or
/// SUSPEND when the resumer must suspend too.
type Outcome = { ok: true; values: LuaValue[] } | { ok: false; error: LuaThrow };

/// Switches to `co` and runs `step` (a fresh call or a delivery to its top
/// frame), then switches back. Returns the outcome or SUSPEND.
function yieldDone(_L: LuaState, _s: unknown, v: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw v;
  return v;
}

/// The first run of a coroutine body happens under this JS frame: stack
/// scans (runtime/debug.ts) stop there, as the resumer's levels are not the
/// coroutine's.
const coStart = {
  [CO_START](step: () => LuaValue): LuaValue {
    return step();
  },
};

function runCoroutine(
  L: LuaState,
  co: LuaThread,
  step: () => LuaValue,
  stepThrows: LuaThrow | undefined,
): Outcome | typeof SUSPEND {
  const prev = L.current;
  const depth = L.depth;
  const dlimit = L.dlimit;
  const handler = L.handler;
  const ccalls = L.ccalls;
  prev.status = 'normal';
  co.status = 'running';
  co.resumer = prev;
  L.current = co;
  co.base = L.depth;
  L.ccalls++;
  co.cbase = L.ccalls;
  L.handler = CO_HANDLER;
  L.hookmask = co.inHook > 0 ? 0 : co.hookmask;
  L.setLimit();
  let r: LuaValue;
  let isThrow = false;
  try {
    if (stepThrows !== undefined) {
      r = stepThrows;
      isThrow = true;
    } else r = coStart[CO_START](step);
  } catch (e) {
    r = toLuaThrow(e);
    isThrow = true;
  }
  let outcome: Outcome | typeof SUSPEND;
  try {
    r = L.drive(co, r, isThrow);
    outcome = r === SUSPEND ? SUSPEND : { ok: true, values: L.collect(r) };
  } catch (e) {
    outcome = { ok: false, error: toLuaThrow(e) };
  } finally {
    L.current = prev;
    prev.status = 'running';
    L.hookmask = prev.inHook > 0 ? 0 : prev.hookmask;
    L.depth = depth;
    L.dlimit = dlimit;
    L.handler = handler;
    L.ccalls = ccalls;
    co.resumer = undefined;
  }
  if (outcome === SUSPEND) {
    co.status = 'suspended';
    if (L.request === Req.Yield) {
      L.request = Req.None;
      return { ok: true, values: L.yieldValues };
    }
    co.hostSuspended = true;
    return SUSPEND;
  }
  co.status = 'dead';
  if (!outcome.ok) {
    if (outcome.error.uncatchable) throw outcome.error;
    co.error = outcome.error;
    co.deadLevels = outcome.error.levels;
  }
  return outcome;
}

/// Resumes co with arguments; SUSPEND when the resumer must suspend, with a
/// HostFrame that will continue the coroutine and then call `done`.
function resume(
  L: LuaState,
  co: LuaThread,
  args: LuaValue[],
  done: (o: Outcome) => LuaValue,
  name: string,
): LuaValue {
  let outcome: Outcome | typeof SUSPEND;
  if (co.fn !== undefined) {
    const f = co.fn;
    co.fn = undefined;
    outcome = runCoroutine(L, co, () => callValue(L, f, 0, args), undefined);
  } else {
    // The arguments are the results of the yield the coroutine waits in.
    outcome = runCoroutine(L, co, () => L.results(args), undefined);
  }
  return finish(L, co, outcome, done, name);
}

function finish(
  L: LuaState,
  co: LuaThread,
  outcome: Outcome | typeof SUSPEND,
  done: (o: Outcome) => LuaValue,
  name: string,
): LuaValue {
  if (outcome !== SUSPEND) return done(outcome);
  L.push(new HostFrame(continueK, { co, done, name }, name));
  return SUSPEND;
}

/// Continues a host-suspended coroutine with what the host delivered.
function continueK(
  L: LuaState,
  st: { co: LuaThread; done: (o: Outcome) => LuaValue; name: string },
  v: LuaValue,
  isThrow: boolean,
): LuaValue {
  const co = st.co;
  co.hostSuspended = false;
  const outcome = runCoroutine(L, co, () => v, isThrow ? (v as LuaThrow) : undefined);
  return finish(L, co, outcome, st.done, st.name);
}

/// Runs the to-be-closed variables of a suspended or failed coroutine
/// (lua_closethread): returns undefined or the error that ended the closing.
function closeThread(L: LuaState, co: LuaThread): LuaThrow | undefined {
  let err: LuaThrow | undefined = co.status === 'dead' ? co.error : undefined;
  co.closing = true;
  // While its variables close, the coroutine is the running one.
  co.status = 'running';
  const prev = L.current;
  L.current = co;
  try {
    // Pending closes of a coroutine killed by an error, innermost first.
    for (const [v] of co.pendingCloses.splice(0)) {
      try {
        L.callNested(() => closeVar(L, v, err?.value), []);
      } catch (e) {
        err = toLuaThrow(e);
      }
    }
    // Frames of a suspended coroutine: throw a closing signal (error value
    // nil) through them; their tbc handlers close, their pcalls let it pass.
    if (co.top !== null) {
      const signal = new LuaThrowClass(undefined);
      const depth = L.depth;
      const dlimit = L.dlimit;
      co.base = L.depth;
      co.cbase = L.ccalls;
      co.nny++;
      try {
        // Nested: host code waits for the closing, which may not yield.
        L.drive(co, signal, true, null, true);
      } catch (e) {
        const t = toLuaThrow(e);
        if (t !== signal) err = t;
      } finally {
        co.nny--;
        L.depth = depth;
        L.dlimit = dlimit;
      }
      co.top = null;
      co.heapCount = 0;
    }
  } finally {
    L.current = prev;
    co.closing = false;
  }
  co.status = 'dead';
  co.error = undefined;
  co.deadLevels = undefined;
  return err;
}

function checkCo(L: LuaState, co: LuaValue, nargs: number, fname: string): LuaThread {
  if (co instanceof LuaThread) return co;
  typeError(L, 1, 'thread', co, nargs >= 1, fname);
}

export function openCoroutine(L: LuaState): void {
  const lib = {
    'coroutine.create'(f: LuaValue): LuaValue {
      if (typeof f !== 'function') typeError(L, 1, 'function', f, arguments.length >= 1, 'coroutine.create');
      const co = new LuaThread(f as LuaFunction);
      co.hook = L.current.hook;
      co.hookmask = L.current.hookmask;
      co.hookcount = co.hookleft = L.current.hookcount;
      return L.ret1(co);
    },

    'coroutine.resume'(co: LuaValue, ...args: LuaValue[]): LuaValue {
      const T = checkCo(L, co, arguments.length, 'coroutine.resume');
      if (T.status === 'dead') return L.ret2(false, 'cannot resume dead coroutine');
      if (T.status !== 'suspended' || T.hostSuspended)
        return L.ret2(false, 'cannot resume non-suspended coroutine');
      if (L.ccalls >= MAX_CCALLS) return L.ret2(false, 'C stack overflow');
      return resume(
        L,
        T,
        args,
        (o) => (o.ok ? L.results([true, ...o.values]) : L.ret2(false, o.error.value)),
        'coroutine.resume',
      );
    },

    'coroutine.yield'(...args: LuaValue[]): LuaValue {
      const T = L.current;
      if (T === L.main) raise(L, 'attempt to yield from outside a coroutine');
      if (T.nny > 0) raise(L, 'attempt to yield across a C-call boundary');
      L.yieldValues = args;
      L.request = Req.Yield;
      // A level of the suspended coroutine (debug.traceback shows it).
      L.push(new HostFrame(yieldDone, undefined, 'coroutine.yield'));
      return SUSPEND;
    },

    'coroutine.status'(co: LuaValue): LuaValue {
      const T = checkCo(L, co, arguments.length, 'coroutine.status');
      return L.ret1(T === L.current ? 'running' : T.status);
    },

    'coroutine.running'(): LuaValue {
      return L.ret2(L.current, L.current === L.main);
    },

    'coroutine.isyieldable'(co: LuaValue): LuaValue {
      const T = co === undefined ? L.current : checkCo(L, co, arguments.length, 'coroutine.isyieldable');
      if (T === L.main || T.nny > 0) return L.ret1(false);
      // PUC's answer: no library function (other than pcall/xpcall) between
      // here and the coroutine's start. Yields inside library callbacks
      // (sort, gsub...) work here anyway, beyond PUC.
      if (T !== L.current) return L.ret1(true);
      const levels = getLevels(L);
      for (let i = 1; i < levels.length; i++) {
        const lv = levels[i];
        if (!lv.lua && lv.cname !== '_G.pcall' && lv.cname !== '_G.xpcall') return L.ret1(false);
      }
      return L.ret1(true);
    },

    'coroutine.wrap'(f: LuaValue): LuaValue {
      if (typeof f !== 'function') typeError(L, 1, 'function', f, arguments.length >= 1, 'coroutine.wrap');
      const T = new LuaThread(f as LuaFunction);
      // The function wrap returns is not coroutine.wrap itself: a traceback
      // names it by its caller's use (PUC's auxwrap).
      const w = {
        wrap_aux(...args: LuaValue[]): LuaValue {
          if (T.status === 'dead') raise(L, where(L, 1) + 'cannot resume dead coroutine');
          if (T.status !== 'suspended' || T.hostSuspended)
            raise(L, where(L, 1) + 'cannot resume non-suspended coroutine');
          if (L.ccalls >= MAX_CCALLS) raise(L, where(L, 1) + 'C stack overflow');
          return resume(
            L,
            T,
            args,
            (o) => {
              if (o.ok) return L.results(o.values);
              let e = o.error;
              const closeErr = closeThread(L, T);
              if (closeErr !== undefined) e = closeErr;
              let v = e.value;
              if (typeof v === 'string') v = where(L, 1) + v;
              raise(L, v);
            },
            'wrap_aux',
          );
        },
      };
      return L.ret1(w.wrap_aux);
    },

    'coroutine.close'(co: LuaValue): LuaValue {
      const T = checkCo(L, co, arguments.length, 'coroutine.close');
      if (T.status === 'suspended' && !T.hostSuspended) {
        const e = closeThread(L, T);
        return e === undefined ? L.ret1(true) : L.ret2(false, e.value);
      }
      if (T.status === 'dead') {
        const e = closeThread(L, T);
        return e === undefined ? L.ret1(true) : L.ret2(false, e.value);
      }
      libError(L, `cannot close a ${T === L.current ? 'running' : 'normal'} coroutine`);
    },
  };
  registerBuiltins(lib);
  registerBuiltins({ wrap_aux: 1 });
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('coroutine.'.length), f);
  L.globals.setStr('coroutine', t);
}
