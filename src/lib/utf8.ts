// The utf8 library (PUC's lutf8lib, 5.4.4): char, charpattern, codes,
// codepoint, len, offset.
//
// Strings are byte strings (char codes 0-255). Decoding follows utf8_decode:
// sequences of up to six bytes for values up to 0x7FFFFFFF, overlong forms
// rejected; strict mode (the default) also rejects surrogates and values past
// 0x10FFFF, `lax` accepts them. Reading past the end of the string sees a
// non-continuation byte, as C sees the terminating NUL.

import { registerBuiltins } from '../runtime/debug.js';
import { isFalsy } from '../runtime/metamethods.js';
import { toIntegerStr } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkInt, checkInteger, checkString, libError } from './args.js';

const MAXUNICODE = 0x10ffff;
const MAXUTF = 0x7fffffff;
/// Pattern matching one UTF-8 sequence (UTF8PATT).
const CHARPATTERN = '[\u0000-\u007f\u00c2-\u00fd][\u0080-\u00bf]*';
/// Smallest value of a sequence with n continuation bytes (overlong check).
const LIMITS = [0xffffffff, 0x80, 0x800, 0x10000, 0x200000, 0x4000000];
/// Most values codepoint returns (PUC's stack limit; see table.unpack).
const MAX_RESULTS = 999_979;

function iscont(s: string, i: number): boolean {
  return (s.charCodeAt(i) & 0xc0) === 0x80;
}

/// Decodes the sequence at s[i]: returns the index after it and stores the
/// value in out[0], or returns -1 for an invalid sequence.
function decode(s: string, i: number, strict: boolean, out: number[]): number {
  let c = s.charCodeAt(i);
  let res = 0;
  if (c < 0x80) res = c;
  else {
    let count = 0; // continuation bytes
    for (; c & 0x40; c <<= 1) {
      const cc = s.charCodeAt(i + ++count);
      if ((cc & 0xc0) !== 0x80) return -1;
      res = (res << 6) | (cc & 0x3f);
    }
    if (count > 5) return -1;
    res = (res | ((c & 0x7f) << (count * 5))) >>> 0;
    if (res > MAXUTF || res < LIMITS[count]) return -1;
    i += count;
  }
  if (strict && (res > MAXUNICODE || (res >= 0xd800 && res <= 0xdfff))) return -1;
  out[0] = res;
  return i + 1;
}

/// A relative string position: negative counts back from the end (u_posrelat).
function posrelat(pos: number, len: number): number {
  if (pos >= 0) return pos;
  if (-pos > len) return 0;
  return len + pos + 1;
}

/// The UTF-8 bytes of x <= 0x7FFFFFFF (luaO_utf8esc).
function utf8esc(x: number): string {
  if (x < 0x80) return String.fromCharCode(x);
  let out = '';
  let mfb = 0x3f; // maximum that fits in the first byte
  do {
    out = String.fromCharCode(0x80 | (x & 0x3f)) + out;
    x = Math.floor(x / 64);
    mfb >>= 1;
  } while (x > mfb);
  return String.fromCharCode(((~mfb << 1) | x) & 0xff) + out;
}

export function openUtf8(L: LuaState): void {
  const code = [0];

  /// The codes iterator: the character after position i.
  const iterAux = (s: string, i: LuaValue, strict: boolean): LuaValue => {
    const len = s.length;
    const iv = toIntegerStr(i);
    // (lua_Unsigned) of the control value: negatives are huge
    let n = typeof iv === 'number' ? (iv < 0 ? Infinity : iv) : iv === undefined ? 0 : Infinity;
    if (n < len) while (iscont(s, n)) n++; // skip continuation bytes
    if (n >= len) return L.ret0();
    if (decode(s, n, strict, code) < 0) libError(L, 'invalid UTF-8 code');
    return L.ret2(n + 1, code[0]);
  };

  const iter = {
    'utf8.codes_strict'(s: LuaValue, i: LuaValue): LuaValue {
      return iterAux(checkString(L, s, 1, arguments.length, 'utf8.codes_strict'), i, true);
    },
    'utf8.codes_lax'(s: LuaValue, i: LuaValue): LuaValue {
      return iterAux(checkString(L, s, 1, arguments.length, 'utf8.codes_lax'), i, false);
    },
  };
  registerBuiltins(iter);

  const lib = {
    'utf8.char'(...args: LuaValue[]): LuaValue {
      let out = '';
      for (let i = 0; i < args.length; i++) {
        const c = checkInteger(L, args[i], i + 1, args.length, 'utf8.char');
        if (typeof c !== 'number' || c < 0 || c > MAXUTF)
          argError(L, i + 1, 'value out of range', 'utf8.char');
        out += utf8esc(c);
      }
      return L.ret1(out);
    },

    'utf8.codes'(s: LuaValue, lax: LuaValue): LuaValue {
      checkString(L, s, 1, arguments.length, 'utf8.codes');
      const f = isFalsy(lax) ? iter['utf8.codes_strict'] : iter['utf8.codes_lax'];
      L.nret = 3;
      L.ret[0] = f;
      L.ret[1] = s;
      L.ret[2] = 0;
      return f;
    },

    'utf8.codepoint'(sv: LuaValue, i: LuaValue, j: LuaValue, lax: LuaValue): LuaValue {
      const nargs = arguments.length;
      const s = checkString(L, sv, 1, nargs, 'utf8.codepoint');
      const len = s.length;
      const posi = posrelat(i === undefined ? 1 : checkInt(L, i, 2, nargs, 'utf8.codepoint'), len);
      const pose = posrelat(j === undefined ? posi : checkInt(L, j, 3, nargs, 'utf8.codepoint'), len);
      const strict = isFalsy(lax);
      if (!(posi >= 1)) argError(L, 2, 'out of bounds', 'utf8.codepoint');
      if (!(pose <= len)) argError(L, 3, 'out of bounds', 'utf8.codepoint');
      if (posi > pose) return L.ret0();
      if (pose - posi >= MAX_RESULTS) libError(L, 'stack overflow (string slice too long)');
      const out: LuaValue[] = [];
      for (let p = posi - 1; p < pose; ) {
        p = decode(s, p, strict, code);
        if (p < 0) libError(L, 'invalid UTF-8 code');
        out.push(code[0]);
      }
      return L.results(out);
    },

    'utf8.len'(sv: LuaValue, i: LuaValue, j: LuaValue, lax: LuaValue): LuaValue {
      const nargs = arguments.length;
      const s = checkString(L, sv, 1, nargs, 'utf8.len');
      const len = s.length;
      let posi = posrelat(i === undefined ? 1 : checkInt(L, i, 2, nargs, 'utf8.len'), len);
      let posj = posrelat(j === undefined ? -1 : checkInt(L, j, 3, nargs, 'utf8.len'), len);
      const strict = isFalsy(lax);
      if (!(posi >= 1 && --posi <= len)) argError(L, 2, 'initial position out of bounds', 'utf8.len');
      if (!(--posj < len)) argError(L, 3, 'final position out of bounds', 'utf8.len');
      let n = 0;
      while (posi <= posj) {
        const next = decode(s, posi, strict, code);
        if (next < 0) return L.ret2(undefined, posi + 1);
        posi = next;
        n++;
      }
      L.charge(n >> 4);
      return L.ret1(n);
    },

    'utf8.offset'(sv: LuaValue, nv: LuaValue, i: LuaValue): LuaValue {
      const nargs = arguments.length;
      const s = checkString(L, sv, 1, nargs, 'utf8.offset');
      const len = s.length;
      let n = checkInt(L, nv, 2, nargs, 'utf8.offset');
      let posi = posrelat(
        i === undefined ? (n >= 0 ? 1 : len + 1) : checkInt(L, i, 3, nargs, 'utf8.offset'),
        len,
      );
      if (!(posi >= 1 && --posi <= len)) argError(L, 3, 'position out of bounds', 'utf8.offset');
      if (n === 0) {
        while (posi > 0 && iscont(s, posi)) posi--; // beginning of the current sequence
      } else {
        if (iscont(s, posi)) libError(L, 'initial position is a continuation byte');
        if (n < 0) {
          while (n < 0 && posi > 0) {
            do posi--;
            while (posi > 0 && iscont(s, posi));
            n++;
          }
        } else {
          n--; // do not move for the first character
          while (n > 0 && posi < len) {
            do posi++;
            while (iscont(s, posi));
            n--;
          }
        }
      }
      return L.ret1(n === 0 ? posi + 1 : undefined);
    },
  };
  registerBuiltins(lib);
  const t = new LuaTable();
  for (const [k, f] of Object.entries(lib)) t.setStr(k.slice('utf8.'.length), f);
  t.setStr('charpattern', CHARPATTERN);
  L.globals.setStr('utf8', t);
}
