// The math library (PUC's lmathlib).

import { registerBuiltins } from '../runtime/debug.js';
import { floatToInt, intFromDouble, MAXINTEGER, MININTEGER, mkfloat, numberType, numLt, str2number, toDouble, toInteger } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';
import { checkAny, checkDouble, checkNumber } from './args.js';

export function openMath(L: LuaState): void {
  const lib = {
    'math.type'(v: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, 'math.type');
      return L.ret1(numberType(v));
    },
    'math.tointeger'(v: LuaValue): LuaValue {
      const n = typeof v === 'string' ? str2number(v) : v;
      return L.ret1(n === undefined ? undefined : toInteger(n));
    },
    'math.floor'(v: LuaValue): LuaValue {
      const n = checkNumber(L, v, 1, arguments.length, 'math.floor');
      if (numberType(n) === 'integer') return L.ret1(n);
      const f = Math.floor(toDouble(n));
      return L.ret1(floatToInt(f) ?? mkfloat(f));
    },
    'math.abs'(v: LuaValue): LuaValue {
      const n = checkNumber(L, v, 1, arguments.length, 'math.abs');
      if (typeof n === 'number') return L.ret1(Math.abs(n));
      return L.ret1(numberType(n) === 'integer' ? (numLt(n, 0) ? intFromDouble(-toDouble(n)) : n) : mkfloat(Math.abs(toDouble(n))));
    },
    'math.sqrt'(v: LuaValue): LuaValue {
      return L.ret1(mkfloat(Math.sqrt(checkDouble(L, v, 1, arguments.length, 'math.sqrt'))));
    },
    'math.max'(...args: LuaValue[]): LuaValue {
      let m = checkNumber(L, args[0], 1, args.length, 'math.max');
      for (let i = 1; i < args.length; i++) {
        const x = checkNumber(L, args[i], i + 1, args.length, 'math.max');
        if (numLt(m, x)) m = x;
      }
      return L.ret1(m);
    },
    'math.min'(...args: LuaValue[]): LuaValue {
      let m = checkNumber(L, args[0], 1, args.length, 'math.min');
      for (let i = 1; i < args.length; i++) {
        const x = checkNumber(L, args[i], i + 1, args.length, 'math.min');
        if (numLt(x, m)) m = x;
      }
      return L.ret1(m);
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('math.'.length), f);
  t.setStr('maxinteger', MAXINTEGER);
  t.setStr('mininteger', MININTEGER);
  t.setStr('huge', Infinity);
  t.setStr('pi', Math.PI);
  L.globals.setStr('math', t);
  void LuaFloat;
}
