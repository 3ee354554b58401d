// The string library (PUC's lstrlib) and the string metatable. Strings are
// byte strings (see runtime/value.ts): every char code is 0-255, so a JS
// string's length is the Lua length and slices are byte slices.
//
// The larger pieces live in their own modules: string.format (format.ts),
// pack/packsize/unpack (pack.ts), dump (dump.ts), and pattern matching
// (pattern.ts: find, match, gmatch, gsub).

import { registerBuiltins } from '../runtime/debug.js';
import {
  OP_ADD,
  OP_DIV,
  OP_IDIV,
  OP_MOD,
  OP_MUL,
  OP_POW,
  OP_SUB,
  OP_UNM,
  stringArith,
} from '../runtime/metamethods.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaFunction, LuaValue } from '../runtime/value.js';
import { argError, checkInt, checkInteger, checkString, libError, typeError } from './args.js';
import { dumpFunction } from './dump.js';
import { strFormat } from './format.js';
import { pack, packsize, unpack } from './pack.js';
import { openPatterns } from './pattern.js';

/// PUC's MAXSIZE (INT_MAX here): the largest string string.rep builds.
const MAXSIZE = 0x7fffffff;
/// LUAI_MAXSTACK: more results than this do not fit in a Lua stack.
const MAXSTACK = 1000000;

/// lstrlib's posrelatI: a start position, negative from the end, clipped to
/// [1, inf).
function posrelatI(pos: number, len: number): number {
  if (pos > 0) return pos;
  if (pos === 0 || pos < -len) return 1;
  return len + pos + 1;
}

/// lstrlib's getendpos: an end position, negative from the end, clipped to
/// [0, len].
function getendpos(pos: number, len: number): number {
  if (pos > len) return len;
  if (pos >= 0) return pos;
  if (pos < -len) return 0;
  return len + pos + 1;
}

/// C's toupper/tolower in the "C" locale: only ASCII letters change. JS's
/// case mapping is the same on ASCII text; other bytes (Latin-1 letters
/// for JS) are kept by the slow path.
function mapCase(s: string, upper: boolean): string {
  if (!NON_ASCII.test(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  return upper ? s.replace(/[a-z]+/g, (m) => m.toUpperCase()) : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

const NON_ASCII = /[^\0-\x7f]/;

export function openString(L: LuaState): void {
  const lib = {
    'string.len'(s: LuaValue): LuaValue {
      return L.ret1(checkString(L, s, 1, arguments.length, 'string.len').length);
    },

    'string.sub'(s: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const nargs = arguments.length;
      const str = checkString(L, s, 1, nargs, 'string.sub');
      const l = str.length;
      const a = posrelatI(checkInt(L, i, 2, nargs, 'string.sub'), l);
      const b = getendpos(j === undefined ? -1 : checkInt(L, j, 3, nargs, 'string.sub'), l);
      return L.ret1(a <= b ? str.slice(a - 1, b) : '');
    },

    'string.upper'(s: LuaValue): LuaValue {
      return L.ret1(mapCase(checkString(L, s, 1, arguments.length, 'string.upper'), true));
    },

    'string.lower'(s: LuaValue): LuaValue {
      return L.ret1(mapCase(checkString(L, s, 1, arguments.length, 'string.lower'), false));
    },

    'string.reverse'(s: LuaValue): LuaValue {
      const str = checkString(L, s, 1, arguments.length, 'string.reverse');
      let out = '';
      for (let i = str.length - 1; i >= 0; i--) out += str[i];
      L.charge(str.length >> 4);
      return L.ret1(out);
    },

    'string.rep'(s: LuaValue, n: LuaValue, sep: LuaValue): LuaValue {
      const nargs = arguments.length;
      const str = checkString(L, s, 1, nargs, 'string.rep');
      const count = checkInt(L, n, 2, nargs, 'string.rep');
      const sp = sep === undefined ? '' : checkString(L, sep, 3, nargs, 'string.rep');
      if (count <= 0) return L.ret1('');
      const unit = str.length + sp.length;
      if (unit > Math.floor(MAXSIZE / count)) libError(L, 'resulting string too large');
      if (unit === 0) return L.ret1('');
      const total = count * str.length + (count - 1) * sp.length;
      L.checkString(total, 0);
      L.charge(count + (total >> 6));
      return L.ret1(sp === '' ? str.repeat(count) : (str + sp).repeat(count - 1) + str);
    },

    'string.byte'(s: LuaValue, i: LuaValue, j: LuaValue): LuaValue {
      const nargs = arguments.length;
      const str = checkString(L, s, 1, nargs, 'string.byte');
      const l = str.length;
      const pi = i === undefined ? 1 : checkInt(L, i, 2, nargs, 'string.byte');
      const a = posrelatI(pi, l);
      const b = getendpos(j === undefined ? pi : checkInt(L, j, 3, nargs, 'string.byte'), l);
      if (a > b) return L.ret0();
      if (b - a >= MAXSIZE) libError(L, 'string slice too long');
      const n = b - a + 1;
      if (n === 1) return L.ret1(str.charCodeAt(a - 1));
      if (n >= MAXSTACK) libError(L, 'stack overflow (string slice too long)');
      const out: LuaValue[] = new Array(n);
      for (let k = 0; k < n; k++) out[k] = str.charCodeAt(a - 1 + k);
      L.charge(n >> 4);
      return L.results(out);
    },

    'string.char'(...args: LuaValue[]): LuaValue {
      const n = args.length;
      const codes: number[] = new Array(n);
      for (let k = 0; k < n; k++) {
        const c = checkInteger(L, args[k], k + 1, n, 'string.char');
        if (typeof c !== 'number' || c < 0 || c > 255)
          argError(L, k + 1, 'value out of range', 'string.char');
        codes[k] = c;
      }
      let out = '';
      for (let k = 0; k < n; k += 4096) out += String.fromCharCode(...codes.slice(k, k + 4096));
      L.charge(n >> 4);
      return L.ret1(out);
    },

    'string.format'(...args: LuaValue[]): LuaValue {
      const f = checkString(L, args[0], 1, args.length, 'string.format');
      return L.ret1(strFormat(L, f, args));
    },

    'string.pack'(...args: LuaValue[]): LuaValue {
      return L.ret1(pack(L, args));
    },

    'string.packsize'(fmt: LuaValue): LuaValue {
      return L.ret1(packsize(L, fmt, arguments.length));
    },

    'string.unpack'(fmt: LuaValue, s: LuaValue, pos: LuaValue): LuaValue {
      return L.results(unpack(L, fmt, s, pos, arguments.length));
    },

    'string.dump'(f: LuaValue, strip: LuaValue): LuaValue {
      if (typeof f !== 'function') typeError(L, 1, 'function', f, arguments.length >= 1, 'string.dump');
      const s = dumpFunction(f as LuaFunction, strip !== undefined && strip !== false);
      if (s === undefined) libError(L, 'unable to dump given function');
      return L.ret1(s);
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(openPatterns(L))) t.setStr(k.slice('string.'.length), f);
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
}
