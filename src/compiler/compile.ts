// From source to runnable closures: parse, generate IR, print the direct forms
// of all functions of a chunk as one JavaScript module, instantiate it with
// `new Function`, and compile resume forms on demand.
//
// Module layout (one per chunk):
//   const {SUSPEND, LuaTable, ...} = RT;          // runtime helpers
//   function mk0(U) { const f = function L$c$0(...va) {...}; f.U = U; f.P = P[0]; return f; }
//   function mk1(U) { ... }
//   return [mk0, mk1, ...];
// A resume form is a separate module returning one function
// R$c$i$point(fr, v, isThrow).

import type * as A from '../frontend/ast.js';
import { chunkid, cstr } from '../frontend/errors.js';
import { parseChunk } from '../frontend/parser.js';
import { forPrep, isFloatLoop } from '../runtime/forloop.js';
import type { LuaFrame } from '../runtime/frames.js';
import {
  arith,
  call,
  concat,
  concatv,
  eq,
  index,
  le,
  len,
  lt,
  rawset,
  setindex,
} from '../runtime/metamethods.js';
import { floatMod, floatPow, mkfloat } from '../runtime/number.js';
import type { ChunkInfo } from '../runtime/sites.js';
import { type LuaState, SUSPEND } from '../runtime/state.js';
import { EMPTY_STR, LuaTable, tableFromArray } from '../runtime/table.js';
import { checkClose, closeErr, closeVar } from '../runtime/tbc.js';
import { Cell, LuaFloat, type LuaFunction, LuaInt, type LuaValue } from '../runtime/value.js';
import { ChunkCompiler, type FuncCode } from './codegen.js';
import { Printer } from './emit.js';
import { type LineMap, Proto } from './proto.js';

/// The helpers compiled code reaches by name.
const NO_REGS: LuaValue[] = [];

const RT = {
  SUSPEND,
  NO_REGS,
  LuaTable,
  EMPTY_STR,
  LuaFloat,
  LuaInt,
  Cell,
  mkfloat,
  floatPow,
  floatMod,
  isFloatLoop,
  tableFromArray,
  index,
  setindex,
  rawset,
  arith,
  concat,
  concatv,
  len,
  eq,
  lt,
  le,
  call,
  forPrep,
  checkClose,
  closeVar,
  closeErr,
};
const RT_NAMES = Object.keys(RT).join(', ');

/// Line of the first body line in a `new Function` script (V8 puts the
/// parameter list and the opening brace on lines of their own).
let bodyLineOffset = -1;

function functionBodyOffset(): number {
  if (bodyLineOffset < 0) {
    const probe = new Function('return new Error().stack;')() as string;
    const m = /<anonymous>:(\d+):\d+/.exec(probe);
    bodyLineOffset = m ? Number(m[1]) - 1 : 2;
  }
  return bodyLineOffset;
}

let nextChunkId = 1;

export interface CompiledChunk {
  protos: Proto[];
  /// The main function's factory.
  main: Proto;
}

/// Compiles a chunk given as a byte string (throws LuaSyntaxError) for L.
export function compileChunk(L: LuaState, source: string, chunkname: string): CompiledChunk {
  const name = cstr(chunkname);
  const ast = parseChunk(source, name);
  return compileAst(L, ast, name);
}

export function compileAst(L: LuaState, ast: A.Chunk, chunkname: string, stripped = false): CompiledChunk {
  const info: ChunkInfo = { source: chunkname, shortSrc: chunkid(chunkname), stripped };
  const cc = new ChunkCompiler(ast, L.sites, info);
  const codes = cc.compileAll();
  const cid = nextChunkId++;
  const protos = codes.map((c, i) => new Proto(c, info, cid, i));
  const lines: string[] = [`const {${RT_NAMES}} = RT;`];
  const offset = functionBodyOffset();
  let line = 2; // the next line's number within the body
  for (const p of protos) {
    const printer = directForm(p);
    lines.push(`function mk${p.index}(U) { const f = function L$${cid}$${p.index}(${paramList(p.code)}) {`);
    line++;
    p.direct = { first: line + offset, luaLines: printer.luaLines, sites: printer.sites };
    lines.push(printer.text());
    line += printer.lineCount;
    lines.push(`}; f.U = U; f.P = P[${p.index}]; return f; }`);
    line++;
  }
  lines.push(`return [${protos.map((p) => `mk${p.index}`).join(', ')}];`);
  const body = lines.join('\n');
  if (L.dumpJs) L.dumpJs(chunkname, body);
  const factory = new Function('L', 'K', 'P', 'RT', body);
  const mks = factory(L, cc.consts, protos, RT) as ((U: Cell[]) => LuaFunction)[];
  L.chunks.set(cid, new WeakRef(protos));
  protos.forEach((p, i) => {
    p.mk = mks[i];
    p.siblings = protos;
    p.consts = cc.consts;
  });
  return { protos, main: protos[0] };
}

/// Declarations of the closure factories a separately compiled form of p
/// needs (its nested functions).
function factories(p: Proto): string {
  const ids = p.code.children;
  return ids.length === 0 ? '' : `const ${ids.map((i) => `mk${i} = P[${i}].mk`).join(', ')};`;
}

function paramList(code: FuncCode): string {
  const ps = [...code.params];
  if (code.isVararg) ps.push('...va');
  return ps.join(', ');
}

function regList(code: FuncCode): string {
  return code.regs.join(', ');
}

function directForm(p: Proto): Printer {
  const code = p.code;
  const self = `L$${p.cid}$${p.index}`;
  const printer = new Printer({
    self,
    regs: regList(code),
    varargs: code.isVararg ? 'va' : 'undefined',
    cost: code.cost,
  });
  const args = [...code.params];
  if (code.isVararg) args.push('...va');
  printer.line(
    `if ((L.depth += ${code.cost}) > L.dlimit) return L.enter(${self}, [${args.join(', ')}]);`,
    code.ast.line,
  );
  const locals = code.regs.slice(code.params.length);
  if (locals.length > 0) printer.line(`let ${locals.join(', ')};`, code.ast.line);
  if (code.regs.includes('$b')) printer.line('$b = L.chunk;', code.ast.line);
  printer.body(code.ir, code.ast.line);
  return printer;
}

/// The hooked variant of a function's direct form (debug.sethook is active):
/// (closure, ...args) => results, with call/line/return hook checks.
export function hookedForm(L: LuaState, p: Proto): (fn: LuaFunction, ...args: LuaValue[]) => LuaValue {
  if (p.hooked !== undefined) return p.hooked;
  const code = p.code;
  const printer = new Printer({
    self: '$self',
    regs: regList(code),
    varargs: code.isVararg ? 'va' : 'undefined',
    hooked: true,
    cost: code.cost,
  });
  const args = [...code.params];
  if (code.isVararg) args.push('...va');
  printer.line(
    `if ((L.depth += ${code.cost}) > L.hdlimit) return L.deepen($self, [${args.join(', ')}]);`,
    code.ast.line,
  );
  printer.line('const U = $self.U;', code.ast.line);
  const locals = code.regs.slice(code.params.length);
  if (locals.length > 0) printer.line(`let ${locals.join(', ')};`, code.ast.line);
  if (code.regs.includes('$b')) printer.line('$b = L.chunk;', code.ast.line);
  printer.line('let $ok = Infinity, $ol = 0, $h = false;', code.ast.line);
  printer.body(code.ir, code.ast.line);
  const head = [
    `const {${RT_NAMES}} = RT;`,
    factories(p),
    `return function H$${p.cid}$${p.index}($self${args.length > 0 ? ', ' : ''}${args.join(', ')}) {`,
  ];
  const body = `${head.join('\n')}\n${printer.text()}\n};`;
  if (L.dumpJs) L.dumpJs(`${p.chunk.source} hooked ${p.index}`, body);
  p.hooked = new Function('L', 'K', 'P', 'RT', body)(L, p.consts, p.siblings, RT);
  p.hookedLines = {
    first: head.length + 1 + functionBodyOffset(),
    luaLines: printer.luaLines,
    sites: printer.sites,
  };
  return p.hooked!;
}

/// The resume form of proto p at a point (compiled on first use; hooked
/// variants while hooks are active).
export function resumeForm(
  L: LuaState,
  p: Proto,
  point: number,
): (fr: LuaFrame, v: LuaValue, isThrow: boolean) => LuaValue {
  const hooked = L.hookmask !== 0;
  const cache = hooked ? p.hookedResumes : p.resumes;
  let f = cache.get(point);
  if (f !== undefined) return f;
  const code = p.code;
  const printer = new Printer({
    self: '$self',
    regs: regList(code),
    varargs: code.isVararg ? 'va' : 'undefined',
    hooked,
    cost: code.cost,
  });
  printer.line('const $self = fr.fn, U = $self.U, va = fr.varargs, $r = fr.regs;', code.ast.line);
  if (code.regs.length > 0)
    printer.line(`let ${code.regs.map((r, i) => `${r} = $r[${i}]`).join(', ')};`, code.ast.line);
  printer.line('fr.regs = NO_REGS;', code.ast.line);
  if (hooked) {
    // The last line-event check before the point (a back-edge: none, the
    // next check sees a jump back).
    const pt = code.points.get(point);
    const back = pt === undefined || pt.tpc < 0;
    printer.line(
      `let $ok = ${back ? 'Infinity' : pt.tpc}, $ol = ${back ? 0 : pt.tline}, $h = false;`,
      code.ast.line,
    );
  }
  printer.body(code.ir, code.ast.line, point);
  const head = [
    `const {${RT_NAMES}} = RT;`,
    factories(p),
    `return function ${hooked ? 'G' : 'R'}$${p.cid}$${p.index}$${point}(fr, v, isThrow) {`,
  ];
  const body = `${head.join('\n')}\n${printer.text()}\n};`;
  if (L.dumpJs) L.dumpJs(`${p.chunk.source} resume ${p.index}:${point}`, body);
  f = new Function('L', 'K', 'P', 'RT', body)(L, p.consts, p.siblings, RT) as (
    fr: LuaFrame,
    v: LuaValue,
    isThrow: boolean,
  ) => LuaValue;
  const map: LineMap = {
    first: head.length + 1 + functionBodyOffset(),
    luaLines: printer.luaLines,
    sites: printer.sites,
  };
  (hooked ? p.hookedResumeLines : p.resumeLines).set(point, map);
  cache.set(point, f);
  return f;
}
