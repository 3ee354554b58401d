// Argument checking for library functions (PUC's lauxlib): every "bad
// argument" error comes from here, worded as luaL_argerror/luaL_typeerror,
// with the function named as its caller named it ('insert', 'string.rep', or
// "calling 'm' on bad self").

import { callerInfo, displayName } from '../runtime/debug.js';
import { getMetatable, raise, typeName } from '../runtime/metamethods.js';
import { isNumber, numberToString, str2number, toDouble, toInteger } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, LuaInt, LuaLightUserdata, type LuaValue } from '../runtime/value.js';

/// Raises "bad argument #arg to 'fname' (msg)" with the caller's position.
export function argError(L: LuaState, arg: number, msg: string, fname: string): never {
  const ci = callerInfo(L);
  let name = ci.name;
  if (ci.namewhat === 'method') {
    arg--;
    if (arg === 0) raise(L, `${ci.where}calling '${name}' on bad self (${msg})`);
  }
  if (name === '' || ci.namewhat === '') name = displayName(fname);
  raise(L, `${ci.where}bad argument #${arg} to '${name}' (${msg})`);
}

/// The type name luaL_typeerror shows for an argument ('no value' if absent).
export function argTypeName(L: LuaState, v: LuaValue, present: boolean): string {
  if (!present) return 'no value';
  const name = getMetatable(L, v)?.str.__name;
  if (typeof name === 'string') return name;
  return v instanceof LuaLightUserdata ? 'light userdata' : typeName(v);
}

export function typeError(
  L: LuaState,
  arg: number,
  expected: string,
  v: LuaValue,
  present: boolean,
  fname: string,
): never {
  argError(L, arg, `${expected} expected, got ${argTypeName(L, v, present)}`, fname);
}

/// Raises an error with the caller's position (luaL_error).
export function libError(L: LuaState, msg: string): never {
  raise(L, callerInfo(L).where + msg);
}

export function checkAny(L: LuaState, nargs: number, arg: number, fname: string): void {
  if (nargs < arg) argError(L, arg, 'value expected', fname);
}

export function checkTable(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string): LuaTable {
  if (v instanceof LuaTable) return v;
  typeError(L, arg, 'table', v, nargs >= arg, fname);
}

/// luaL_checkinteger: integers, floats with an exact integer value, numeric
/// strings; "number has no integer representation" otherwise.
export function checkInteger(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string): LuaValue {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const n = typeof v === 'string' ? str2number(v) : v;
  if (isNumber(n)) {
    const i = toInteger(n);
    if (i !== undefined) return i;
    argError(L, arg, 'number has no integer representation', fname);
  }
  typeError(L, arg, 'number', v, nargs >= arg, fname);
}

/// checkInteger as a JS number (clamped to the safe range: for sizes/indices).
export function checkInt(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string): number {
  const i = checkInteger(L, v, arg, nargs, fname);
  return typeof i === 'number' ? i : i instanceof LuaInt ? (i.v < 0n ? -(2 ** 63) : 2 ** 63) : 0;
}

export function optInt(
  L: LuaState,
  v: LuaValue,
  arg: number,
  nargs: number,
  fname: string,
  def: number,
): number {
  return v === undefined ? def : checkInt(L, v, arg, nargs, fname);
}

/// luaL_checknumber: numbers and numeric strings.
export function checkNumber(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string): LuaValue {
  if (typeof v === 'number' || v instanceof LuaInt || v instanceof LuaFloat) return v;
  if (typeof v === 'string') {
    const n = str2number(v);
    if (n !== undefined) return n;
  }
  typeError(L, arg, 'number', v, nargs >= arg, fname);
}

export function checkDouble(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string): number {
  return toDouble(checkNumber(L, v, arg, nargs, fname));
}

/// luaL_checklstring: strings, and numbers converted.
export function checkString(L: LuaState, v: LuaValue, arg: number, nargs: number, fname: string): string {
  if (typeof v === 'string') return v;
  if (isNumber(v)) return numberToString(v);
  typeError(L, arg, 'string', v, nargs >= arg, fname);
}

export function optString(
  L: LuaState,
  v: LuaValue,
  arg: number,
  nargs: number,
  fname: string,
  def: string,
): string {
  return v === undefined ? def : checkString(L, v, arg, nargs, fname);
}

/// luaL_checkoption.
export function checkOption(
  L: LuaState,
  v: LuaValue,
  arg: number,
  nargs: number,
  fname: string,
  def: string | null,
  options: string[],
): string {
  const s = def !== null && v === undefined ? def : checkString(L, v, arg, nargs, fname);
  if (options.includes(s)) return s;
  argError(L, arg, `invalid option '${s}'`, fname);
}
