// The string library (PUC's lstrlib) and the string metatable. Strings are
// byte strings (see runtime/value.ts).

import { registerBuiltins } from '../runtime/debug.js';
import { OP_ADD, OP_DIV, OP_IDIV, OP_MOD, OP_MUL, OP_POW, OP_SUB, OP_UNM, stringArith } from '../runtime/metamethods.js';
import { fmtG, numberToString, toDouble } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkDouble, checkInt, checkInteger, checkString, libError, optInt } from './args.js';
import { tostring } from './base.js';

/// String positions as lstrlib's posrelat: negative counts from the end.
function posrelat(pos: number, len: number): number {
  if (pos >= 0) return pos;
  if (-pos > len) return 0;
  return len + pos + 1;
}

export function openString(L: LuaState): void {
  const lib = {
    'string.len'(s: LuaValue): LuaValue {
      return L.ret1(checkString(L, s, 1, arguments.length, 'string.len').length);
    },

    'string.sub'(s: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const str = checkString(L, s, 1, arguments.length, 'string.sub');
      const l = str.length;
      let a = posrelat(checkInt(L, i, 2, arguments.length, 'string.sub'), l);
      let b = posrelat(optInt(L, j, 3, arguments.length, 'string.sub', -1), l);
      if (a < 1) a = 1;
      if (b > l) b = l;
      return L.ret1(a <= b ? str.slice(a - 1, b) : '');
    },

    'string.upper'(s: LuaValue): LuaValue {
      const str = checkString(L, s, 1, arguments.length, 'string.upper');
      return L.ret1(str.replace(/[a-z]+/g, (m) => m.toUpperCase()));
    },

    'string.lower'(s: LuaValue): LuaValue {
      const str = checkString(L, s, 1, arguments.length, 'string.lower');
      return L.ret1(str.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
    },

    'string.rep'(s: LuaValue, n: LuaValue, sep: LuaValue): LuaValue {
      const str = checkString(L, s, 1, arguments.length, 'string.rep');
      const count = checkInt(L, n, 2, arguments.length, 'string.rep');
      const sp = sep === undefined ? '' : checkString(L, sep, 3, arguments.length, 'string.rep');
      if (count <= 0) return L.ret1('');
      const total = str.length * count + sp.length * (count - 1);
      if (total >= 0x7fffffff) libError(L, 'resulting string too large');
      L.checkString(total, 0);
      return L.ret1(sp === '' ? str.repeat(count) : Array(count).fill(str).join(sp));
    },

    'string.byte'(s: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const str = checkString(L, s, 1, arguments.length, 'string.byte');
      const l = str.length;
      const a = Math.max(1, posrelat(optInt(L, i, 2, arguments.length, 'string.byte', 1), l));
      const b = Math.min(l, posrelat(j === undefined ? a : checkInt(L, j, 3, arguments.length, 'string.byte'), l));
      const out: LuaValue[] = [];
      for (let k = a; k <= b; k++) out.push(str.charCodeAt(k - 1));
      return L.results(out);
    },

    'string.char'(...args: LuaValue[]): LuaValue {
      let out = '';
      for (let k = 0; k < args.length; k++) {
        const c = checkInt(L, args[k], k + 1, args.length, 'string.char');
        if (c < 0 || c > 255) argError(L, k + 1, 'value out of range', 'string.char');
        out += String.fromCharCode(c);
      }
      return L.ret1(out);
    },

    'string.format'(fmt: LuaValue, ...args: LuaValue[]): LuaValue {
      const f = checkString(L, fmt, 1, arguments.length, 'string.format');
      let out = '';
      let arg = 0;
      for (let p = 0; p < f.length; p++) {
        const c = f[p];
        if (c !== '%') {
          out += c;
          continue;
        }
        if (f[++p] === '%') {
          out += '%';
          continue;
        }
        const m = /^([-+ #0]*)(\d*)(?:\.(\d*))?([a-zA-Z])/.exec(f.slice(p));
        if (m === null) libError(L, `invalid conversion '%${f.slice(p, p + 1)}' to 'format'`);
        p += m[0].length - 1;
        const [, flags, width, prec, conv] = m;
        const n = ++arg;
        const v = args[n - 1];
        let s: string;
        switch (conv) {
          case 'd':
          case 'i':
            s = numberToString(checkInteger(L, v, n + 1, args.length + 1, 'string.format'));
            break;
          case 's':
            s = tostring(L, v);
            if (prec !== undefined) s = s.slice(0, Number(prec));
            break;
          case 'f':
            s = checkDouble(L, v, n + 1, args.length + 1, 'string.format').toFixed(prec === undefined ? 6 : Number(prec || 0));
            break;
          case 'g':
            s = fmtG(checkDouble(L, v, n + 1, args.length + 1, 'string.format'), prec === undefined ? 6 : Number(prec || 0), false, false);
            break;
          case 'q':
            s = quote(v);
            break;
          default:
            libError(L, `invalid conversion '%${m[0]}' to 'format'`);
        }
        const w = Number(width || 0);
        if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') && conv !== 's' ? '0' : ' ');
        out += s;
      }
      return L.ret1(out);
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('string.'.length), f);
  L.globals.setStr('string', t);
  const meta = new LuaTable();
  meta.setStr('__index', t);
  const ops: [string, number][] = [
    ['__add', OP_ADD],
    ['__sub', OP_SUB],
    ['__mul', OP_MUL],
    ['__mod', OP_MOD],
    ['__pow', OP_POW],
    ['__div', OP_DIV],
    ['__idiv', OP_IDIV],
    ['__unm', OP_UNM],
  ];
  for (const [name, op] of ops) {
    meta.setStr(name, stringArith(L, op));
    registerBuiltins({ [`string.${name}`]: 1 });
  }
  L.stringMeta = meta;
  void toDouble;
}

function quote(v: LuaValue): string {
  if (typeof v !== 'string') return numberToString(v);
  let out = '"';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92) out += '\\' + v[i];
    else if (c === 10) out += '\\\n';
    else if (c === 13) out += '\\r';
    else if (c === 0) out += /[0-9]/.test(v[i + 1] ?? '') ? '\\000' : '\\0';
    else if (c < 32 || c === 127) out += /[0-9]/.test(v[i + 1] ?? '') ? '\\' + String(c).padStart(3, '0') : '\\' + c;
    else out += v[i];
  }
  return out + '"';
}
