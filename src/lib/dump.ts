// string.dump and the loading of binary chunks.
//
// A binary chunk starts with exactly PUC Lua 5.4's header (lundump.h), so
// tools that sniff it, and `load`'s mode checks, see a Lua 5.4 binary chunk;
// the header is checked on loading with lundump.c's messages. What follows is
// ours: PUC's byte with the number of upvalues, a tag byte, the chunk name
// (its length in 4 bytes, then its bytes), then the function's resolved AST
// (frontend/ast.ts) and the functions nested in it, as compact JSON text that
// keeps shared objects shared (a local variable is one object however many
// names refer to it), compressed (lz.ts). Loading checks that every field of
// the rebuilt AST has its proper type (the compiler writes operators, names
// and numbers into JavaScript source, and a binary chunk is untrusted input),
// then compiles it as a chunk whose main function is the dumped one.
//
// The loaded function gets fresh upvalues: nil, the first one set to the
// environment, as `load` does. `strip` drops what PUC drops, as far as our
// messages show it: the chunk name becomes "=?" and lines -1 ("?:-1:"),
// upvalues are named '?' and globals become fields of an unnamed _ENV.
// Locals keep their names (PUC's stripped messages name no local).

import { compileAst } from '../compiler/compile.js';
import type { Proto } from '../compiler/proto.js';
import type * as A from '../frontend/ast.js';
import { cstr, LuaSyntaxError } from '../frontend/errors.js';
import type { LuaState } from '../runtime/state.js';
import { Cell, type LuaFunction, type LuaValue } from '../runtime/value.js';
import { compress, decompress } from './lz.js';

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

// The payload is JSON text: `[shapes, value]`. Objects are numbered in the
// order they are first met (arrays too), so that a later meeting refers back.
// An object is written as [s, v1, v2, ...] where shape s (>= 0) lists its
// kind and keys, written once in `shapes` as [kind, k1, k2, ...] with a key
// given by its index in KEYS when it has one. Other values:
//   number, string, boolean, null   themselves
//   [-1, x1, x2, ...]               an array
//   [-2, n]                         the n-th object or array met before
//   [-3, "123"]                     a bigint
//   [-4, "NaN"]                     a number JSON cannot write (NaN, ±Infinity, -0)
//   [-5]                            undefined

/// Keys of AST nodes (frontend/ast.ts), most frequent first; others are
/// written out.
const KEYS = (
  'kind line col name ref value args fn env op left right endLine key id obj call attrib constValue captured ' +
  'reassigned funcId startLine exprs local stmts body targets fromParentLocal index vars operand params isVararg ' +
  'lineDefined lastLineDefined upvals parentId nameHint locals func items parentIndex var start limit step cond ' +
  'clauses orelse target isMethod hidden expr label source functions'
).split(' ');
const KEY_INDEX = new Map(KEYS.map((k, i) => [k, i]));

function encode(root: unknown): string {
  const seen = new Map<object, number>();
  const shapes: unknown[][] = [];
  const shapeIndex = new Map<string, number>();
  const shapeOf = (o: object, keys: string[]): number => {
    const kind = (o as { kind?: unknown }).kind;
    const id = `${typeof kind === 'string' ? kind : ''}\0${keys.join('\0')}`;
    let s = shapeIndex.get(id);
    if (s === undefined) {
      s = shapes.length;
      shapes.push([typeof kind === 'string' ? kind : null, ...keys.map((k) => KEY_INDEX.get(k) ?? k)]);
      shapeIndex.set(id, s);
    }
    return s;
  };
  const enc = (v: unknown): unknown => {
    switch (typeof v) {
      case 'number':
        return Number.isFinite(v) && !Object.is(v, -0) ? v : [-4, Object.is(v, -0) ? '-0' : String(v)];
      case 'bigint':
        return [-3, v.toString()];
      case 'undefined':
        return [-5];
      case 'object': {
        if (v === null) return null;
        const id = seen.get(v);
        if (id !== undefined) return [-2, id];
        seen.set(v, seen.size);
        if (Array.isArray(v)) return [-1, ...v.map(enc)];
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o).filter((k) => !(k === 'kind' && typeof o.kind === 'string'));
        return [shapeOf(o, keys), ...keys.map((k) => enc(o[k]))];
      }
      default:
        return v; // string, boolean
    }
  };
  const value = enc(root);
  return JSON.stringify([shapes, value]);
}

/// Thrown by decode for text that is JSON but not an encoding.
class BadPayload extends Error {}

function decode(text: string): unknown {
  const [shapes, value] = JSON.parse(text) as [unknown[][], unknown];
  if (!Array.isArray(shapes)) throw new BadPayload();
  const objs: unknown[] = [];
  const dec = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (!Array.isArray(v) || typeof v[0] !== 'number') throw new BadPayload();
    const tag = v[0];
    if (tag === -2 && typeof v[1] === 'number' && v[1] < objs.length) return objs[v[1]];
    if (tag === -3 && typeof v[1] === 'string' && /^-?[0-9]+$/.test(v[1])) return BigInt(v[1]);
    if (tag === -4 && typeof v[1] === 'string') return v[1] === '-0' ? -0 : Number(v[1]);
    if (tag === -5) return undefined;
    if (tag === -1) {
      const a: unknown[] = [];
      objs.push(a);
      for (let i = 1; i < v.length; i++) a.push(dec(v[i]));
      return a;
    }
    const shape = shapes[tag];
    if (!Array.isArray(shape) || shape.length !== v.length) throw new BadPayload();
    const o: Record<string, unknown> = {};
    objs.push(o);
    if (typeof shape[0] === 'string') o.kind = shape[0];
    for (let i = 1; i < shape.length; i++) {
      const k = shape[i];
      const key = typeof k === 'number' ? KEYS[k] : k;
      if (typeof key !== 'string' || key === '__proto__') throw new BadPayload();
      o[key] = dec(v[i]);
    }
    return o;
  };
  return dec(value);
}

/// What a dump holds after the header and the upvalue count.
interface Payload {
  /// The chunk name of the function's source ("=?" when stripped).
  source: string;
  /// Dumped with `strip` (or from such a chunk).
  stripped?: boolean;
  /// The dumped function first, then the functions nested in it.
  functions: A.Function[];
}

// -------------------------------------------------------------- validation

// A binary chunk is untrusted input, and the compiler writes parts of the AST
// (operators, local names, numbers) into JavaScript source: every field must
// have the type the front end gives it. Anything else is a corrupted chunk.

const KINDS = new Set(
  (
    'Nil True False Vararg Int Float String Function Table Binary Unary Name Index Call MethodCall Paren ' +
    'Local Assign CallStmt Do While Repeat If NumericFor GenericFor FunctionStmt LocalFunction Return Break Goto ' +
    'Label Positional Named Keyed local upval global const nil boolean int float string'
  ).split(' '),
);
const OPS = new Set('+ - * / // % ^ .. == ~= < <= > >= and or & | ~ << >> not #'.split(' '));
const LUA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/// Names of the hidden locals the resolver declares.
const HIDDEN_NAME = /^\([a-z ]+\)$/;

type Check = (v: unknown, o: Record<string, unknown>) => boolean;
const isInt: Check = (v) => Number.isSafeInteger(v);
const isBool: Check = (v) => typeof v === 'boolean';
const isNode: Check = (v) => typeof v === 'object';
const isArray: Check = (v) => Array.isArray(v);

/// The check for each key of an AST node.
const FIELDS = new Map<string, Check>(
  Object.entries({
    kind: (v) => typeof v === 'string' && KINDS.has(v),
    name: (v, o) => typeof v === 'string' && (!('attrib' in o) || LUA_NAME.test(v) || HIDDEN_NAME.test(v)),
    label: (v) => typeof v === 'string' && LUA_NAME.test(v),
    op: (v) => typeof v === 'string' && OPS.has(v),
    attrib: (v) => v === null || v === 'const' || v === 'close',
    nameHint: (v) => v === null || typeof v === 'string',
    source: (v) => typeof v === 'string',
    value: (v, o) => {
      switch (o.kind) {
        case 'Int':
        case 'int':
          return typeof v === 'bigint' && BigInt.asIntN(64, v) === v;
        case 'Float':
        case 'float':
          return typeof v === 'number';
        case 'boolean':
          return typeof v === 'boolean';
        case 'String':
        case 'string':
          return typeof v === 'string';
        default:
          return typeof v === 'object'; // of a table item or a constant reference
      }
    },
  }),
);
const fieldsOfType = (keys: string, check: Check) => {
  for (const k of keys.split(' ')) FIELDS.set(k, check);
};
fieldsOfType(
  'line col endLine startLine lineDefined lastLineDefined id funcId index parentIndex parentId lastTok thenLine doLine last',
  isInt,
);
fieldsOfType('captured reassigned isVararg isMethod fromParentLocal folded stripped', isBool);
fieldsOfType(
  'ref env local target func fn obj key left right operand expr cond start limit step call body orelse var',
  isNode,
);
fieldsOfType('constValue', isNode);
fieldsOfType('stmts exprs args params vars hidden targets items clauses locals upvals functions', isArray);

/// Whether every object reachable from v has only known keys with values of
/// the right type.
function wellFormed(v: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const y of x) {
        if (typeof y !== 'object') return false; // arrays hold nodes
        stack.push(y);
      }
      continue;
    }
    const o = x as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const val = o[k];
      if (val === undefined) continue;
      const check = FIELDS.get(k);
      if (check === undefined || !check(val, o)) return false;
      if (typeof val === 'object') stack.push(val);
    }
  }
  return true;
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
  const source = strip ? '=?' : p.chunk.source;
  const payload: Payload = { source: '', functions: [root, ...functions.slice(1)] };
  if (strip || p.chunk.stripped) payload.stripped = true;
  let text = encode(payload);
  if (strip) text = encode(stripped(decode(text) as Payload));
  const n = source.length;
  const size = String.fromCharCode(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  return (
    HEADER + String.fromCharCode(root.upvals.length) + PAYLOAD_TAG + size + source + compress(text, DICT)
  );
}

/// The byte after the upvalue count: the layout that follows (the source
/// name's length in 4 bytes, high first, the name, then the compressed JSON).
const PAYLOAD_TAG = 'Z';
/// Longest JSON text a binary chunk may expand to.
const MAX_PAYLOAD = 2 ** 28;

/// A preset dictionary for the compression of payloads: typical payload text
/// (the shapes of common nodes, a small function). Changing it changes the
/// format (dumps load in the version that made them, as in PUC Lua).
const DICT =
  '[[null,55,56,"stripped"],[null,14,32,33,26,34,35,36,37,38,39,1,2],[null,25,12,"lastTok",1,2],["Local' +
  '",30,23,1,2,"last"],[null,3,17,18,19,20,21,14,22,12],["Table",41,1,2,12],["NumericFor",43,44,45,46,2' +
  '6,1,2,"doLine"],["Int",5,1,2],["Assign",27,23,1,2,"last"],["Index",15,13,1,2],["Name",3,4,1,2],["loc' +
  'al",24],["Binary",9,10,11,1,2],["GenericFor",30,23,26,52,1,2,"doLine"],["Call",7,6,1,2],["Index",1,2' +
  ',15,13],["upval",29,3],["String",5,1,2],["If",48,49,1,2],[null,47,26,1,2,"thenLine"],["CallStmt",16,' +
  '1,2],["Return",23,1,2,"last"],["Nil",1,2],["While",47,26,1,2],["Repeat",26,47,1,2],["Named",3,5,1,2]' +
  ',["Function",40,1,2],["Vararg",1,2],[null,3,28,42],["MethodCall",15,3,6,1,2],["Unary",9,31,1,2],["Bi' +
  'nary",9,10,11,1,2,"folded"]][[[null,55,56,"stripped"],[null,14,32,33,26,34,35,36,37,38,39,1,2],[null' +
  ',25,12,"lastTok",1,2],["Return",23,1,2,"last"],["Function",40,1,2],[null,3,17,18,19,20,21,14,22,12],' +
  '["Binary",9,10,11,1,2],["Name",3,4,1,2],["upval",29,3],["local",24],[null,3,28,24],[null,3,28,42]],[' +
  '0,"",[-1,[1,0,[-1],true,[2,[-1,[3,[-1,[4,[1,1,[-1,[5,"x",null,[-5],true,false,1,0,-1,-1]],false,[2,[' +
  '-1,[3,[-1,[4,[1,2,[-1,[5,"y",null,[-5],false,false,2,1,-1,-1]],false,[2,[-1,[3,[-1,[6,"+",[7,"?",[8,' +
  '0,"x"],-1,0],[7,"y",[9,[-2,19]],-1,0],-1,0]],-1,0,-1]],-1,-1,-1,0],2,4,[-1,[10,"x",true,[-2,11]]],1,' +
  'null,[-1,[-2,19]],2,0],-1,0]],-1,0,-1]],-1,-1,-1,0],1,5,[-1],0,null,[-1,[-2,11]],1,0],-1,0]],-1,0,-1' +
  ']],-1,-1,-1,0],0,0,[-1,[11,"_ENV",false,0]],-1,null,[-1],1,0],[-2,9],[-2,17]],true]]';

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
    if ('endLine' in o && ('stmts' in o || o.kind === 'Table')) o.endLine = -1;
    for (const k of ['lastTok', 'thenLine', 'doLine', 'last']) if (typeof o[k] === 'number') o[k] = -1;
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
  if (r.block(1) !== PAYLOAD_TAG) r.error('corrupted chunk');
  const size = r.block(4);
  const n =
    size.charCodeAt(0) * 2 ** 24 +
    ((size.charCodeAt(1) << 16) | (size.charCodeAt(2) << 8) | size.charCodeAt(3));
  const source = r.block(n);
  const text = decompress(bytes.slice(r.pos), MAX_PAYLOAD, DICT);
  if (text === 'truncated' || text === 'corrupted') r.error(`${text} chunk`);
  const payload = readPayload(r, text);
  payload.source = source;
  const main = compileLoaded(L, r, payload, nup);
  const cells: Cell[] = [];
  for (let i = 0; i < nup; i++) cells.push(new Cell(i === 0 ? env : undefined));
  return main.mk(cells);
}

/// Compiles the functions of a payload; the main function's prototype.
function compileLoaded(L: LuaState, r: Reader, payload: Payload, nup: number): Proto {
  const functions = payload.functions;
  if (functions[0].upvals.length !== nup) r.error('corrupted chunk');
  try {
    renumber(functions);
    const chunk: A.Chunk = { chunkname: payload.source, main: functions[0], functions };
    return compileAst(L, chunk, payload.source, payload.stripped === true).main;
  } catch {
    r.error('corrupted chunk'); // well typed, but not an AST the compiler can take
  }
}

/// The payload after the source name, expanded: JSON text that must decode
/// to a well-formed list of functions.
function readPayload(r: Reader, text: string): Payload {
  let payload: Payload;
  try {
    payload = decode(text) as Payload;
  } catch (e) {
    r.error(e instanceof BadPayload ? 'corrupted chunk' : 'truncated chunk');
  }
  const ok =
    typeof payload === 'object' &&
    payload !== null &&
    Array.isArray(payload.functions) &&
    payload.functions.length > 0 &&
    payload.functions.every((f) => typeof f === 'object' && f !== null && Array.isArray(f.upvals)) &&
    wellFormed(payload);
  if (!ok) r.error('corrupted chunk');
  return payload;
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
