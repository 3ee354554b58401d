// string.dump and the loading of binary chunks.
//
// A binary chunk starts with exactly PUC Lua 5.4's header (lundump.h), so
// tools that sniff it, and `load`'s mode checks, see a Lua 5.4 binary chunk;
// the header is checked on loading with lundump.c's messages. What follows is
// ours: PUC's byte with the number of upvalues, then the function's resolved
// AST (frontend/ast.ts) and the functions nested in it, serialised as JSON
// text (a byte string) that keeps shared objects shared (a local variable is
// one object however many names refer to it). Loading rebuilds the AST and
// compiles it as a chunk whose main function is the dumped one.
//
// The loaded function gets fresh upvalues: nil, the first one set to the
// environment, as `load` does. `strip` drops the debug information PUC drops:
// the chunk name becomes "=?", and lines, local and upvalue names are lost
// (error messages say "?:-1:" and name no variables, as PUC's do).

import { compileAst } from '../compiler/compile.js';
import type { Proto } from '../compiler/proto.js';
import type * as A from '../frontend/ast.js';
import { cstr, LuaSyntaxError } from '../frontend/errors.js';
import type { LuaState } from '../runtime/state.js';
import { Cell, type LuaFunction, type LuaValue } from '../runtime/value.js';

/// lundump.h: LUA_SIGNATURE, LUAC_VERSION, LUAC_FORMAT, LUAC_DATA, the sizes
/// of Instruction, lua_Integer and lua_Number, LUAC_INT and LUAC_NUM.
const SIGNATURE = '\x1bLua';
const VERSION = 0x54;
const FORMAT = 0;
const LUAC_DATA = '\x19\x93\r\n\x1a\n';
const LUAC_INT = 0x5678;
const LUAC_NUM = 370.5;
const SIZES: [number, string][] = [
  [4, 'Instruction'],
  [8, 'lua_Integer'],
  [8, 'lua_Number'],
];

function header(): string {
  const b = new DataView(new ArrayBuffer(16));
  b.setBigInt64(0, BigInt(LUAC_INT), true);
  b.setFloat64(8, LUAC_NUM, true);
  let nums = '';
  for (let i = 0; i < 16; i++) nums += String.fromCharCode(b.getUint8(i));
  return (
    SIGNATURE +
    String.fromCharCode(VERSION, FORMAT) +
    LUAC_DATA +
    String.fromCharCode(...SIZES.map((s) => s[0])) +
    nums
  );
}

const HEADER = header();

// ------------------------------------------------------------ serialisation

/// JSON for an object graph with shared objects and the values JSON lacks:
/// objects and arrays are numbered in the order they are first met, a later
/// meeting is {"$r":n}; {"$b":..} is a bigint, {"$n":..} a number JSON cannot
/// write, {"$u":0} undefined.
function encode(root: unknown): string {
  const seen = new Map<object, number>();
  const enc = (v: unknown): unknown => {
    switch (typeof v) {
      case 'number':
        return Number.isFinite(v) && !Object.is(v, -0) ? v : { $n: Object.is(v, -0) ? '-0' : String(v) };
      case 'bigint':
        return { $b: v.toString() };
      case 'undefined':
        return { $u: 0 };
      case 'object': {
        if (v === null) return null;
        const id = seen.get(v);
        if (id !== undefined) return { $r: id };
        seen.set(v, seen.size);
        if (Array.isArray(v)) return v.map(enc);
        const o: Record<string, unknown> = {};
        for (const k of Object.keys(v)) o[k] = enc((v as Record<string, unknown>)[k]);
        return o;
      }
      default:
        return v; // string, boolean
    }
  };
  return JSON.stringify(enc(root));
}

function decode(text: string): unknown {
  const objs: unknown[] = [];
  const dec = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      const a: unknown[] = [];
      objs.push(a);
      for (const x of v) a.push(dec(x));
      return a;
    }
    const o = v as Record<string, unknown>;
    if ('$r' in o) return objs[o.$r as number];
    if ('$b' in o) return BigInt(o.$b as string);
    if ('$n' in o) return o.$n === '-0' ? -0 : Number(o.$n);
    if ('$u' in o) return undefined;
    const r: Record<string, unknown> = {};
    objs.push(r);
    for (const k of Object.keys(o)) r[k] = dec(o[k]);
    return r;
  };
  return dec(JSON.parse(text));
}

/// What a dump holds after the header and the upvalue count.
interface Payload {
  /// The chunk name of the function's source ("=?" when stripped).
  source: string;
  /// The dumped function first, then the functions nested in it.
  functions: A.Function[];
}

// -------------------------------------------------------------------- dump

/// The functions of p's chunk nested in p's function, p's own first
/// (parents come before children in chunk order).
function nested(p: Proto): A.Function[] {
  const root = p.code.ast;
  const inside = new Set<number>([root.id]);
  const out = [root];
  for (const q of p.siblings) {
    const f = q.code.ast;
    if (f.id > root.id && inside.has(f.parentId)) {
      inside.add(f.id);
      out.push(f);
    }
  }
  return out;
}

/// string.dump(f, strip): undefined when f is not a Lua function.
export function dumpFunction(f: LuaFunction, strip: boolean): string | undefined {
  const p = f.P as Proto | undefined;
  if (p === undefined) return undefined;
  const functions = nested(p);
  // The dumped function's upvalues come from nowhere in its new chunk.
  const root = {
    ...functions[0],
    upvals: functions[0].upvals.map((u, i) => ({ name: u.name, fromParentLocal: false, parentIndex: i })),
  };
  const payload: Payload = {
    source: strip ? '=?' : p.chunk.source,
    functions: [root, ...functions.slice(1)],
  };
  let text = encode(payload);
  if (strip) text = encode(stripped(decode(text) as Payload));
  return HEADER + String.fromCharCode(root.upvals.length) + text;
}

/// Removes what PUC's strip removes: line numbers (-1), names of locals and
/// upvalues (PUC keeps neither, and names no variable in messages).
function stripped(payload: Payload): Payload {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) walk(o[k]);
    if (o.kind === 'Name') unname(o as unknown as A.NameExpr);
    if (typeof o.line === 'number' && !('lineDefined' in o)) o.line = -1;
    if (typeof o.col === 'number') o.col = 0;
    if ('startLine' in o) o.startLine = o.endLine = -1;
    if ('endLine' in o && 'stmts' in o) o.endLine = -1;
  };
  walk(payload.functions);
  return payload;
}

/// Without upvalue names PUC cannot tell that a global is a field of _ENV,
/// nor name an upvalue: `x` becomes `<env>.x` ("field 'x'"), an upvalue
/// reads as '?'. (Locals keep their names: the compiler names no variable
/// by anything else.)
function unname(e: A.NameExpr): void {
  const ref = e.ref;
  if (ref.kind === 'upval') e.name = '?';
  else if (ref.kind === 'global') {
    const at = { line: e.line, col: e.col };
    const env: A.NameExpr = { kind: 'Name', name: '?', ref: ref.env, ...at };
    const key: A.StringExpr = { kind: 'String', value: e.name, ...at };
    const index = e as unknown as A.IndexExpr;
    delete (e as Partial<A.NameExpr>).name;
    delete (e as Partial<A.NameExpr>).ref;
    Object.assign(index, { kind: 'Index', obj: env, key });
  }
}

// -------------------------------------------------------------------- load

/// Reads a binary chunk as lundump.c does.
class Reader {
  pos = 1; // the signature's first byte was checked by the caller
  constructor(
    readonly s: string,
    readonly name: string,
  ) {}

  error(why: string): never {
    throw new LuaSyntaxError(`${this.name}: bad binary format (${why})`);
  }

  block(n: number): string {
    if (this.pos + n > this.s.length) this.error('truncated chunk');
    const b = this.s.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  byte(): number {
    return this.block(1).charCodeAt(0);
  }

  literal(s: string, why: string): void {
    if (this.block(s.length) !== s) this.error(why);
  }

  /// 8 bytes, little endian (the native order of PUC's header).
  view8(): DataView {
    const b = this.block(8);
    const v = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 8; i++) v.setUint8(i, b.charCodeAt(i));
    return v;
  }

  /// checkHeader.
  header(): void {
    this.literal(SIGNATURE.slice(1), 'not a binary chunk');
    if (this.byte() !== VERSION) this.error('version mismatch');
    if (this.byte() !== FORMAT) this.error('format mismatch');
    this.literal(LUAC_DATA, 'corrupted chunk');
    for (const [size, tname] of SIZES) if (this.byte() !== size) this.error(`${tname} size mismatch`);
    if (this.view8().getBigInt64(0, true) !== BigInt(LUAC_INT)) this.error('integer format mismatch');
    if (this.view8().getFloat64(0, true) !== LUAC_NUM) this.error('float format mismatch');
  }
}

/// The name lundump.c gives a chunk in its messages.
function binaryName(chunkname: string): string {
  const c = chunkname[0];
  if (c === '@' || c === '=') return chunkname.slice(1);
  if (c === SIGNATURE[0]) return 'binary string';
  return chunkname;
}

/// Loads a binary chunk made by string.dump: the closure, with its first
/// upvalue (if any) set to env. Throws LuaSyntaxError as `load` expects.
export function loadBinary(L: LuaState, bytes: string, chunkname: string, env: LuaValue): LuaFunction {
  const r = new Reader(bytes, binaryName(cstr(chunkname)));
  r.header();
  const nup = r.byte();
  const payload = readPayload(r, bytes.slice(r.pos));
  const functions = payload.functions;
  if (!Array.isArray(functions) || functions.length === 0 || functions[0].upvals?.length !== nup)
    r.error('corrupted chunk');
  renumber(functions);
  const chunk: A.Chunk = { chunkname: payload.source, main: functions[0], functions };
  const compiled = compileAst(L, chunk, payload.source);
  const cells: Cell[] = [];
  for (let i = 0; i < nup; i++) cells.push(new Cell(i === 0 ? env : undefined));
  return compiled.main.mk(cells);
}

function readPayload(r: Reader, text: string): Payload {
  try {
    return decode(text) as Payload;
  } catch {
    r.error('truncated chunk');
  }
}

/// Gives the functions of a loaded chunk their indices in it.
function renumber(functions: A.Function[]): void {
  const index = new Map<number, number>();
  functions.forEach((f, i) => index.set(f.id, i));
  for (const f of functions) {
    f.parentId = index.get(f.parentId) ?? -1;
    for (const v of f.locals) v.funcId = index.get(v.funcId) ?? v.funcId;
  }
  functions.forEach((f, i) => {
    f.id = i;
  });
}
