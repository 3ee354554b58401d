// string.pack, string.packsize and string.unpack (PUC's lstrlib "PACK/UNPACK"
// section) over byte strings, for the machine PUC's sizes describe: little
// endian natively, short 2, int 4, long 8, size_t 8, lua_Integer 8, float 4,
// double 8, maximum alignment 8.
//
// Integers up to 6 bytes are packed with JS numbers; wider ones go through
// BigInt so that every int64 is exact. Options of 9 to 16 bytes sign-extend on
// packing and check the extra bytes on unpacking, as PUC does. Floats go
// through a DataView. The format, as a C string in PUC, ends at its first zero.

import { bigOf, intFromBig, mkfloat } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkDouble, checkInt, checkInteger, checkString, libError } from './args.js';

enum K {
  Int, // signed integers
  Uint, // unsigned integers
  Float, // C float
  Number, // lua_Number
  Double, // C double
  Char, // fixed-length string
  String, // string with a length prefix
  Zstr, // zero-terminated string
  Padding, // 'x'
  PaddAlign, // 'X'
  Nop, // configuration and spaces
}

/// Largest integral size ('i16').
const MAXINTSIZE = 16;
/// sizeof(lua_Integer).
const SZINT = 8;
/// offsetof(struct cD, u): the default for '!'.
const MAXALIGN = 8;
/// PUC's MAXSIZE (INT_MAX): limit of sizes read from the format and of packsize.
const MAXSIZE = 0x7fffffff;
/// Results unpack may return before "too many results" (LUAI_MAXSTACK).
const MAXRESULTS = 1000000 - 10;

/// The state of one format: its text, position, endianness and alignment.
class Header {
  pos = 0;
  little = true;
  maxalign = 1;
  /// Size of the last option read by getOption.
  size = 0;
  constructor(
    readonly L: LuaState,
    readonly fmt: string,
    readonly fname: string,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.fmt.length;
  }

  /// getnum: a numeral of the format, or `df` if there is none.
  getNum(df: number): number {
    const f = this.fmt;
    let c = f.charCodeAt(this.pos);
    if (!(c >= 48 && c <= 57)) return df; // '0'-'9'
    let a = 0;
    do {
      a = a * 10 + (c - 48);
      c = f.charCodeAt(++this.pos);
    } while (c >= 48 && c <= 57 && a <= (MAXSIZE - 9) / 10);
    return a;
  }

  getNumLimit(df: number): number {
    const sz = this.getNum(df);
    if (sz > MAXINTSIZE || sz <= 0) libError(this.L, `integral size (${sz}) out of limits [1,${MAXINTSIZE}]`);
    return sz;
  }

  /// getoption: reads the next option, sets `size`, returns its kind.
  getOption(): K {
    const opt = this.fmt[this.pos++];
    this.size = 0;
    switch (opt) {
      case 'b':
        this.size = 1;
        return K.Int;
      case 'B':
        this.size = 1;
        return K.Uint;
      case 'h':
        this.size = 2;
        return K.Int;
      case 'H':
        this.size = 2;
        return K.Uint;
      case 'l':
      case 'j':
        this.size = 8;
        return K.Int;
      case 'L':
      case 'J':
      case 'T':
        this.size = 8;
        return K.Uint;
      case 'f':
        this.size = 4;
        return K.Float;
      case 'n':
        this.size = 8;
        return K.Number;
      case 'd':
        this.size = 8;
        return K.Double;
      case 'i':
        this.size = this.getNumLimit(4);
        return K.Int;
      case 'I':
        this.size = this.getNumLimit(4);
        return K.Uint;
      case 's':
        this.size = this.getNumLimit(8);
        return K.String;
      case 'c':
        this.size = this.getNum(-1);
        if (this.size === -1) libError(this.L, "missing size for format option 'c'");
        return K.Char;
      case 'z':
        return K.Zstr;
      case 'x':
        this.size = 1;
        return K.Padding;
      case 'X':
        return K.PaddAlign;
      case ' ':
        break;
      case '<':
        this.little = true;
        break;
      case '>':
        this.little = false;
        break;
      case '=':
        this.little = true; // native
        break;
      case '!':
        this.maxalign = this.getNumLimit(MAXALIGN);
        break;
      default:
        libError(this.L, `invalid format option '${opt}'`);
    }
    return K.Nop;
  }

  /// getdetails: the next option, with `size` set; returns the padding
  /// needed before it (at `total` bytes into the data) in `ntoalign`.
  ntoalign = 0;
  getDetails(total: number): K {
    const opt = this.getOption();
    const size = this.size;
    let align = size; // usually, alignment follows size
    if (opt === K.PaddAlign) {
      if (this.atEnd() || this.getOption() === K.Char || this.size === 0)
        argError(this.L, 1, "invalid next option for option 'X'", this.fname);
      align = this.size;
      this.size = size;
    }
    if (align <= 1 || opt === K.Char) this.ntoalign = 0;
    else {
      if (align > this.maxalign) align = this.maxalign;
      if ((align & (align - 1)) !== 0)
        argError(this.L, 1, 'format asks for alignment not power of 2', this.fname);
      this.ntoalign = (align - (total & (align - 1))) & (align - 1);
    }
    return opt;
  }
}

/// The format argument: a string, cut at its first zero as C sees it.
function formatArg(L: LuaState, v: LuaValue, nargs: number, fname: string): string {
  const s = checkString(L, v, 1, nargs, fname);
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

// ---------------------------------------------------------------- integers

/// The bytes of integer i (int64, or a JS number in the safe range) in `size`
/// bytes; past 8 bytes, `neg` extends the sign.
function packInt(i: LuaValue, little: boolean, size: number, neg: boolean): string {
  let out = '';
  if (typeof i === 'number' && size <= 6) {
    let u = i < 0 ? i + RANGE[size] : i;
    for (let k = 0; k < size; k++) {
      const c = String.fromCharCode(u % 256);
      out = little ? out + c : c + out;
      u = Math.floor(u / 256);
    }
    return out;
  }
  let u = BigInt.asUintN(64, bigOf(i));
  for (let k = 0; k < size; k++) {
    let byte = neg ? 0xff : 0;
    if (k < SZINT) {
      byte = Number(u & 0xffn);
      u >>= 8n;
    }
    const c = String.fromCharCode(byte);
    out = little ? out + c : c + out;
  }
  return out;
}

/// 2^(8 size) for size 0..6.
const RANGE = [1, 2 ** 8, 2 ** 16, 2 ** 24, 2 ** 32, 2 ** 40, 2 ** 48];

/// -2^(8 size - 1) <= i < 2^(8 size - 1), for size < 8.
function fitsSigned(i: LuaValue, size: number): boolean {
  if (typeof i === 'number') return size > 6 || (i >= -RANGE[size] / 2 && i < RANGE[size] / 2);
  const lim = 1n << BigInt(8 * size - 1);
  return -lim <= bigOf(i) && bigOf(i) < lim;
}

/// i as an unsigned int64 is below 2^(8 size), for size < 8.
function fitsUnsigned(i: LuaValue, size: number): boolean {
  if (typeof i === 'number' && i >= 0) return size > 6 || i < RANGE[size];
  return BigInt.asUintN(64, bigOf(i)) < 1n << BigInt(8 * size);
}

/// Reads an integer of `size` bytes at `pos` (unpackint).
function unpackInt(
  L: LuaState,
  s: string,
  pos: number,
  little: boolean,
  size: number,
  signed: boolean,
): LuaValue {
  if (size <= 6) {
    let res = 0;
    if (little) for (let k = pos + size - 1; k >= pos; k--) res = res * 256 + s.charCodeAt(k);
    else for (let k = pos; k < pos + size; k++) res = res * 256 + s.charCodeAt(k);
    if (signed && res >= RANGE[size] / 2) res -= RANGE[size];
    return res;
  }
  const at = (k: number) => s.charCodeAt(little ? pos + k : pos + size - 1 - k);
  const limit = Math.min(size, SZINT);
  let res = 0n;
  for (let k = limit - 1; k >= 0; k--) res = (res << 8n) | BigInt(at(k));
  if (size < SZINT) {
    if (signed) res = BigInt.asIntN(8 * size, res);
  } else {
    res = BigInt.asIntN(64, res);
    if (size > SZINT) {
      const mask = !signed || res >= 0n ? 0 : 0xff;
      for (let k = limit; k < size; k++)
        if (at(k) !== mask) libError(L, `${size}-byte integer does not fit into Lua Integer`);
    }
  }
  return intFromBig(res);
}

// ------------------------------------------------------------------ floats

const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

function packFloat(x: number, little: boolean, size: number): string {
  const b = scratchBytes;
  if (size === 4) {
    scratch.setFloat32(0, x, little);
    return String.fromCharCode(b[0], b[1], b[2], b[3]);
  }
  scratch.setFloat64(0, x, little);
  return String.fromCharCode(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
}

function unpackFloat(s: string, pos: number, little: boolean, size: number): LuaValue {
  for (let k = 0; k < size; k++) scratchBytes[k] = s.charCodeAt(pos + k);
  return mkfloat(size === 4 ? scratch.getFloat32(0, little) : scratch.getFloat64(0, little));
}

// ------------------------------------------------------------ the functions

/// string.pack(fmt, v1, v2, ...): `args[0]` is the format.
export function pack(L: LuaState, args: LuaValue[]): string {
  const fname = 'string.pack';
  const h = new Header(L, formatArg(L, args[0], args.length, fname), fname);
  // PUC pushes a nil after the arguments: the first missing one is "nil".
  const nargs = args.length + 1;
  let out = '';
  let total = 0;
  let arg = 0;
  while (!h.atEnd()) {
    const opt = h.getDetails(total);
    const size = h.size;
    const nto = h.ntoalign;
    total += nto + size;
    if (nto > 0) out += '\0'.repeat(nto);
    arg++;
    const v = args[arg];
    switch (opt) {
      case K.Int: {
        const n = checkInteger(L, v, arg + 1, nargs, fname);
        if (size < SZINT && !fitsSigned(n, size)) argError(L, arg + 1, 'integer overflow', fname);
        out += packInt(n, h.little, size, typeof n === 'number' ? n < 0 : bigOf(n) < 0n);
        break;
      }
      case K.Uint: {
        const n = checkInteger(L, v, arg + 1, nargs, fname);
        if (size < SZINT && !fitsUnsigned(n, size)) argError(L, arg + 1, 'unsigned overflow', fname);
        out += packInt(n, h.little, size, false);
        break;
      }
      case K.Float:
      case K.Number:
      case K.Double:
        out += packFloat(checkDouble(L, v, arg + 1, nargs, fname), h.little, size);
        break;
      case K.Char: {
        const s = checkString(L, v, arg + 1, nargs, fname);
        if (s.length > size) argError(L, arg + 1, 'string longer than given size', fname);
        L.checkString(total, 0);
        out += s;
        if (s.length < size) out += '\0'.repeat(size - s.length);
        break;
      }
      case K.String: {
        const s = checkString(L, v, arg + 1, nargs, fname);
        if (size < 8 && s.length >= 2 ** (size * 8))
          argError(L, arg + 1, 'string length does not fit in given size', fname);
        out += packInt(s.length, h.little, size, false) + s;
        total += s.length;
        break;
      }
      case K.Zstr: {
        const s = checkString(L, v, arg + 1, nargs, fname);
        if (s.indexOf('\0') >= 0) argError(L, arg + 1, 'string contains zeros', fname);
        out += s + '\0';
        total += s.length + 1;
        break;
      }
      case K.Padding:
        out += '\0';
        arg--;
        break;
      default:
        arg--;
    }
  }
  L.checkString(total, 0);
  L.charge(arg + (total >> 6));
  return out;
}

/// string.packsize(fmt).
export function packsize(L: LuaState, fmtv: LuaValue, nargs: number): number {
  const fname = 'string.packsize';
  const h = new Header(L, formatArg(L, fmtv, nargs, fname), fname);
  let total = 0;
  while (!h.atEnd()) {
    const opt = h.getDetails(total);
    if (opt === K.String || opt === K.Zstr) argError(L, 1, 'variable-length format', fname);
    const size = h.size + h.ntoalign;
    if (total > MAXSIZE - size) argError(L, 1, 'format result too large', fname);
    total += size;
  }
  return total;
}

/// string.unpack(fmt, s [, pos]): the values, then the next position.
export function unpack(
  L: LuaState,
  fmtv: LuaValue,
  data: LuaValue,
  init: LuaValue,
  nargs: number,
): LuaValue[] {
  const fname = 'string.unpack';
  const h = new Header(L, formatArg(L, fmtv, nargs, fname), fname);
  const s = checkString(L, data, 2, nargs, fname);
  const ld = s.length;
  const i = init === undefined ? 1 : checkInt(L, init, 3, nargs, fname);
  let pos = (i > 0 ? i : i === 0 || i < -ld ? 1 : ld + i + 1) - 1; // posrelatI
  if (pos > ld) argError(L, 3, 'initial position out of string', fname);
  const res: LuaValue[] = [];
  while (!h.atEnd()) {
    const opt = h.getDetails(pos);
    const size = h.size;
    if (h.ntoalign + size > ld - pos) argError(L, 2, 'data string too short', fname);
    pos += h.ntoalign;
    if (res.length >= MAXRESULTS) libError(L, 'stack overflow (too many results)');
    switch (opt) {
      case K.Int:
      case K.Uint:
        res.push(unpackInt(L, s, pos, h.little, size, opt === K.Int));
        break;
      case K.Float:
      case K.Number:
      case K.Double:
        res.push(unpackFloat(s, pos, h.little, size));
        break;
      case K.Char:
        res.push(s.slice(pos, pos + size));
        break;
      case K.String: {
        const len = unpackInt(L, s, pos, h.little, size, false);
        const n = typeof len === 'number' ? len : -1; // beyond 2^53 (or negative): too long
        if (n < 0 || n > ld - pos - size) argError(L, 2, 'data string too short', fname);
        res.push(s.slice(pos + size, pos + size + n));
        pos += n;
        break;
      }
      case K.Zstr: {
        let end = s.indexOf('\0', pos);
        if (end < 0) end = ld;
        if (end >= ld) argError(L, 2, "unfinished string for format 'z'", fname);
        res.push(s.slice(pos, end));
        pos = end + 1;
        break;
      }
      default:
        break;
    }
    pos += size;
  }
  L.charge(res.length);
  res.push(pos + 1);
  return res;
}
