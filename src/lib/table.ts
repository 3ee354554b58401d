// The table library (PUC's ltablib).

import { registerBuiltins } from '../runtime/debug.js';
import { index, len, setindex, typeName } from '../runtime/metamethods.js';
import { bigOf, intFromBig, isNumber, numberToString } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkInt, checkInteger, checkTable, libError, optInt, optString } from './args.js';

export function openTable(L: LuaState): void {
  const lenOf = (t: LuaValue): number => {
    if (t instanceof LuaTable && t.metatable === undefined) return t.length();
    const n = L.callNested((x: LuaValue) => L.ret1(len(L, x, 0)), [t]);
    if (typeof n !== 'number') libError(L, "object length is not an integer");
    return n;
  };
  const geti = (t: LuaValue, i: number): LuaValue =>
    t instanceof LuaTable && t.metatable === undefined ? t.getInt(i) : L.callNested((x: LuaValue) => L.ret1(index(L, x, i, 0)), [t]);
  const seti = (t: LuaValue, i: number, v: LuaValue): void => {
    if (t instanceof LuaTable && t.metatable === undefined) t.setInt(i, v);
    else L.callNested((x: LuaValue) => L.ret1(setindex(L, x, i, v, 0)), [t]);
  };
  const lib = {
    'table.unpack'(t: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const a = i === undefined ? 1n : bigOf(checkInteger(L, i, 2, arguments.length, 'table.unpack'));
      const b = j === undefined ? BigInt(lenOf(t)) : bigOf(checkInteger(L, j, 3, arguments.length, 'table.unpack'));
      if (a > b) return L.ret0();
      if (b - a >= 1000000n) libError(L, 'too many results to unpack');
      const out: LuaValue[] = [];
      for (let k = a; k <= b; k++) out.push(t instanceof LuaTable && t.metatable === undefined ? t.get(intFromBig(k)) : L.callNested((x: LuaValue) => L.ret1(index(L, x, intFromBig(k), 0)), [t]));
      return L.results(out);
    },

    'table.pack'(...args: LuaValue[]): LuaValue {
      const t = new LuaTable();
      t.setPositional(args.slice());
      t.setStr('n', args.length);
      return L.ret1(t);
    },

    'table.concat'(t: LuaValue, sep: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, 'table.concat');
      const s = optString(L, sep, 2, arguments.length, 'table.concat', '');
      const a = optInt(L, i, 3, arguments.length, 'table.concat', 1);
      const b = j === undefined ? lenOf(t) : checkInt(L, j, 4, arguments.length, 'table.concat');
      const parts: string[] = [];
      for (let k = a; k <= b; k++) {
        const v = geti(t, k);
        if (typeof v === 'string') parts.push(v);
        else if (isNumber(v)) parts.push(numberToString(v));
        else libError(L, `invalid value (${typeName(v)}) at index ${k} in table for 'concat'`);
      }
      return L.ret1(parts.join(s));
    },

    'table.insert'(t: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, 'table.insert');
      const e = lenOf(t) + 1;
      if (arguments.length === 2) {
        seti(t, e, a);
        return L.ret0();
      }
      if (arguments.length !== 3) libError(L, "wrong number of arguments to 'insert'");
      const pos = checkInt(L, a, 2, arguments.length, 'table.insert');
      if (pos - 1 < 0 || pos - 1 >= e) argError(L, 2, 'position out of bounds', 'table.insert');
      for (let k = e; k > pos; k--) seti(t, k, geti(t, k - 1));
      seti(t, pos, b);
      return L.ret0();
    },

    'table.remove'(t: LuaValue, p: LuaValue): LuaValue {
      checkTable(L, t, 1, arguments.length, 'table.remove');
      const size = lenOf(t);
      let pos = optInt(L, p, 2, arguments.length, 'table.remove', size);
      if (arguments.length >= 2 && size + 1 !== pos && (pos < 1 || pos > size + 1)) argError(L, 2, 'position out of bounds', 'table.remove');
      const v = geti(t, pos);
      for (; pos < size; pos++) seti(t, pos, geti(t, pos + 1));
      if (pos <= size || arguments.length < 2 || size + 1 !== pos) seti(t, pos, undefined);
      return L.ret1(v);
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('table.'.length), f);
  L.globals.setStr('table', t);
}
