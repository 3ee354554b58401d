// The numeric for loop's slow path (forprep in PUC's lvm.c): coercions and
// errors of the control values, integer loops whose values leave the safe
// range or whose limit is a float, and float loops. The compiled loop handles
// the common case (three safe integers) inline and asks a ForState otherwise.

import { objTypeName, rtError } from './metamethods.js';
import { bigOf, intFromBig, mkfloat, str2number, toDouble, toInteger } from './number.js';
import type { LuaState } from './state.js';
import { LuaFloat, LuaInt, type LuaValue } from './value.js';

const MAX = 9223372036854775807n;
const MIN = -9223372036854775808n;

export class ForState {
  /// The value of the control variable for the current iteration.
  v: LuaValue = undefined;
  // Integer loops: next value, step and iterations left (bigint) ...
  private i = 0n;
  private step = 0n;
  private left = -1n;
  // ... or float loops.
  private isFloat = false;
  private x = 0;
  private fstep = 0;
  private flimit = 0;
  private started = false;

  static ints(init: bigint, step: bigint, iterations: bigint): ForState {
    const s = new ForState();
    s.i = init;
    s.step = step;
    s.left = iterations;
    return s;
  }

  static floats(init: number, limit: number, step: number, run: boolean): ForState {
    const s = new ForState();
    s.isFloat = true;
    s.x = init;
    s.flimit = limit;
    s.fstep = step;
    s.left = run ? 1n : 0n;
    return s;
  }

  /// Advances to the next iteration; false when the loop is over.
  next(): boolean {
    if (this.isFloat) return this.nextFloat();
    if (this.left <= 0n) return false;
    if (this.started) this.i = BigInt.asIntN(64, this.i + this.step);
    this.started = true;
    this.left--;
    this.v = intFromBig(this.i);
    return true;
  }

  private nextFloat(): boolean {
    if (this.left <= 0n) return false;
    if (this.started) {
      this.x += this.fstep;
      if (!(this.fstep > 0 ? this.x <= this.flimit : this.flimit <= this.x)) {
        this.left = 0n;
        return false;
      }
    }
    this.started = true;
    this.v = mkfloat(this.x);
    return true;
  }
}

function forError(L: LuaState, site: number, v: LuaValue, what: string): never {
  rtError(L, site, `bad 'for' ${what} (number expected, got ${objTypeName(L, v)})`);
}

/// A Lua number from a for-loop control value (strings are converted), or
/// undefined.
function num(v: LuaValue): LuaValue {
  if (typeof v === 'number' || v instanceof LuaInt || v instanceof LuaFloat) return v;
  if (typeof v === 'string') return str2number(v);
  return undefined;
}

function isInt(v: LuaValue): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || v instanceof LuaInt;
}

/// Can the compiled loop run this as a float loop on plain doubles? (A float
/// loop of numbers, non-zero step, no NaN: ForState handles the rest.)
export function isFloatLoop(init: LuaValue, limit: LuaValue, step: LuaValue): boolean {
  const num = (v: LuaValue) => typeof v === 'number' || v instanceof LuaFloat;
  if (!num(init) || !num(limit) || !num(step)) return false;
  if (Number.isInteger(init) && Number.isInteger(step)) return false;
  const s = +step;
  const l = +limit;
  return s !== 0 && l === l && +init === +init && s === s;
}

/// Prepares a loop the inline fast path cannot run.
export function forPrep(
  L: LuaState,
  init: LuaValue,
  limit: LuaValue,
  step: LuaValue,
  site: number,
): ForState {
  if (isInt(init) && isInt(step)) {
    const i = bigOf(init);
    const s = bigOf(step);
    if (s === 0n) rtError(L, site, "'for' step is zero");
    const lim = intLimit(L, limit, s, site);
    if (lim === undefined || (s > 0n ? i > lim : i < lim)) return ForState.ints(i, s, 0n);
    const count = s > 0n ? (lim - i) / s : (i - lim) / (-(s + 1n) + 1n);
    return ForState.ints(i, s, count + 1n);
  }
  const l = num(limit);
  if (l === undefined) forError(L, site, limit, 'limit');
  const s = num(step);
  if (s === undefined) forError(L, site, step, 'step');
  const i = num(init);
  if (i === undefined) forError(L, site, init, 'initial value');
  const fs = toDouble(s);
  if (fs === 0) rtError(L, site, "'for' step is zero");
  const fi = toDouble(i);
  const fl = toDouble(l);
  const skip = 0 < fs ? fl < fi : fi < fl;
  return ForState.floats(fi, fl, fs, !skip);
}

/// forlimit: the integer limit for an integer loop, or undefined to skip it.
function intLimit(L: LuaState, limit: LuaValue, step: bigint, site: number): bigint | undefined {
  const n = num(limit);
  if (n === undefined) forError(L, site, limit, 'limit');
  const exact = toInteger(n);
  if (exact !== undefined) return bigOf(exact);
  const f = toDouble(n);
  if (Number.isNaN(f)) return undefined;
  const r = step < 0n ? Math.ceil(f) : Math.floor(f);
  if (r >= 9223372036854775808) return step < 0n ? undefined : MAX;
  if (r < -9223372036854775808) return step > 0n ? undefined : MIN;
  return BigInt(r);
}
