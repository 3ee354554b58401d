// The representation of Lua values in JavaScript. Decided once, here; the rest
// of the runtime reaches values through the helpers of this module and of
// number.ts, so the representation can change.
//
// | Lua      | JavaScript                                                      |
// |----------|-----------------------------------------------------------------|
// | nil      | undefined                                                       |
// | boolean  | boolean                                                         |
// | integer  | number with an integral value, |n| <= 2^53-1, never -0;         |
// |          | LuaInt (a BigInt inside) for every other int64 value            |
// | float    | number that is not integral (fraction, NaN, +-Infinity);        |
// |          | LuaFloat for integral-valued floats (1.0, -0.0, 2^53, 1e300)    |
// | string   | string of bytes: every char code is 0-255                       |
// | table    | LuaTable                                                        |
// | function | JS function following the Lua calling convention (call.ts);     |
// |          | Lua closures carry `U` (upvalue cells) and `P` (prototype)      |
// | thread   | LuaThread                                                       |
// | userdata | LuaUserdata (a host object with a metatable)                    |
// |          | LuaLightUserdata (a bare host value: debug.upvalueid's ids)     |
//
// So a plain JS number is a Lua integer exactly when Number.isInteger(n) holds.
// Arithmetic emitted by the compiler works on plain numbers inline and falls
// back to number.ts for boxes, overflow past 2^53, and coercions.
//
// The marker values SUSPEND (see thread.ts) are never Lua values.

import type { LuaTable } from './table.js';

/// An int64 outside the safe-integer range. Invariant: |v| > 2^53-1 and
/// -2^63 <= v < 2^63; inside the safe range integers are plain numbers.
export class LuaInt {
  constructor(readonly v: bigint) {}
  /// JS relational operators then compare it exactly with numbers.
  valueOf(): bigint {
    return this.v;
  }
}

/// A float with an integral value (including -0.0 and huge magnitudes). NaN,
/// infinities and fractional floats are plain numbers instead.
export class LuaFloat {
  constructor(readonly n: number) {}
  /// JS arithmetic and relational operators then see the float's value
  /// (compiled code's second-tier fast paths rely on it).
  valueOf(): number {
    return this.n;
  }
}

/// A full userdata: a host object seen from Lua, with an optional metatable.
export class LuaUserdata {
  metatable: LuaTable | undefined = undefined;
  /// 5.4 user values (debug.getuservalue/setuservalue): `nuvalue` slots,
  /// one unless the creator says otherwise (PUC's io files have none).
  uservalues: LuaValue[] = [];
  constructor(
    public data: unknown,
    readonly nuvalue = 1,
  ) {}
}

/// A light userdata: a bare host value (debug.upvalueid's ids). It has no
/// metatable or user values of its own.
export class LuaLightUserdata {
  constructor(readonly data: unknown) {}
}

export type LuaFunction = ((...args: any[]) => any) & {
  /// Upvalue cells of a Lua closure.
  U?: Cell[];
  /// The prototype of a Lua closure (compiler/proto.ts).
  P?: unknown;
  /// Name of a host function, for messages ('print', 'insert').
  N?: string;
  /// Number of upvalues a host function stands for (PUC's C closures), for
  /// the debug library.
  CU?: number;
};

/// A shared variable captured by closures.
export class Cell {
  constructor(public v: LuaValue) {}
}

/// Any Lua value (see the table above). Typed loosely: compiled code and the
/// runtime's slow paths dispatch on the representation themselves.
export type LuaValue = any;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
