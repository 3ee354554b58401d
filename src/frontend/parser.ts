// The recursive-descent parser (PUC's lparser.c): builds the AST of a chunk
// and, in the same pass, drives the resolver (resolver.ts), so the result is
// fully resolved and every error comes out where and when lua5.4 reports it.
//
// Invariants:
// - One token of look-ahead at most (only a table field `name =` needs it);
//   no backtracking.
// - Each grammar function carries its rule in a comment, as in lparser.c.
// - Nesting is bounded as in PUC: `statement`, `subexpr` and each extra
//   target of a multiple assignment count one "C call" (luaE_incCstack);
//   reaching LUAI_MAXCCALLS (200, counting `cLevel` calls already in
//   progress) raises "C stack overflow". Every recursion cycle of the parser
//   passes through one of them, so the JS stack stays shallow.
// - Alongside the AST the parser keeps a small description of the last
//   expression (`ek`, `kval`: lcode.c's expdesc reduced to what matters here)
//   to fold constants for <const> locals and to count registers like lcode.c.
//
// What the register count approximates (it only decides whether "function
// or expression needs too many registers" is raised): constant-table indices
// are assumed to fit in instruction operands (PUC spends a register on a
// constant once a function has more than 255 of them). Calls, argument
// lists, explists, table constructors, operators (with lcode.c's K and
// immediate operands), indexing, method calls, conditions, assignments
// (check_conflict included), locals and loops are counted as lcode.c does;
// differential fuzzing against lua5.4 found no other difference.

import type {
  BinaryOp,
  Block,
  CallExpr,
  Chunk,
  ConstValue,
  Expr,
  FalseExpr,
  FloatExpr,
  FunctionStmt,
  GotoStmt,
  IfClause,
  IndexExpr,
  IntExpr,
  LabelStmt,
  LocalVar,
  Function as LuaFunction,
  MethodCallExpr,
  NameExpr,
  NilExpr,
  Stmt,
  StringExpr,
  TableItem,
  TrueExpr,
  UnaryOp,
  VarRef,
} from './ast.js';
import { cstackOverflow } from './errors.js';
import { Lexer, T, token2str } from './lexer.js';
import { type ChunkState, constTruthy, FuncState, foldBinary, foldUnary } from './resolver.js';

/// LUAI_MAXCCALLS: the C-call depth at which PUC raises "C stack overflow".
const LUAI_MAXCCALLS = 200;
/// C calls in progress when `load` runs from a main chunk under the lua CLI
/// (so the depth limits match what `lua5.4 script.lua` reports).
const DEFAULT_C_LEVEL = 2;
/// Table-constructor items kept in registers before a SETLIST (lopcodes.h).
const LFIELDS_PER_FLUSH = 50;
/// Longest string that is a "short string" constant (LUAI_MAXSHORTLEN).
const MAXSHORTLEN = 40;
/// Largest integer constant usable directly as a table index (MAXARG_C).
const MAXARG_C = 255n;
/// Priority of unary operators (lparser.c UNARY_PRIORITY).
const UNARY_PRIORITY = 12;

export interface ParseOptions {
  /// C calls already in progress (see DEFAULT_C_LEVEL).
  cLevel?: number;
  /// Debugging aid: receives each function's register count as PUC's
  /// maxstacksize would be (what `luac -l` calls "slots").
  maxstack?: Map<LuaFunction, number>;
}

/// Parse and resolve a chunk given as a byte string.
export function parseChunk(src: string, chunkname: string, options?: ParseOptions): Chunk {
  const p = new Parser(src, chunkname, options?.cLevel ?? DEFAULT_C_LEVEL, options?.maxstack ?? null);
  return p.mainfunc();
}

/// Expression kinds (a reduced lcode.c expkind).
// biome-ignore lint/suspicious/noConstEnum: expression kinds cost nothing at run time (STYLE.md)
const enum EK {
  /// A constant (nil, boolean, number, string): `kval` holds it.
  K,
  /// A compile-time constant local (a variable that reads as `kval`).
  KVar,
  Local,
  Upval,
  /// _ENV.name with a short-string name: no register.
  Global,
  /// t[k]: holds the registers of t and k that are temporaries.
  Indexed,
  /// A value in a fixed register (a temporary, or a local read in parens).
  NonReloc,
  /// A value computed into whatever register it is put in.
  Reloc,
  /// `not x` (a Reloc that a test can take apart, needing no register).
  Not,
  Call,
  Vararg,
  /// A comparison (or and/or) whose value exists only as jumps.
  Jump,
}

// Binary operators, in lparser.c's ORDER OPR, with their priorities.
// biome-ignore format: a compact table reads better
const BINOPS: BinaryOp[] = [
  '+', '-', '*', '%', '^', '/', '//', '&', '|', '~', '<<', '>>', '..',
  '==', '<', '<=', '~=', '>', '>=', 'and', 'or',
];
const LEFT_PRIORITY = [10, 10, 11, 11, 14, 11, 11, 6, 4, 5, 7, 7, 9, 3, 3, 3, 3, 3, 3, 2, 1];
const RIGHT_PRIORITY = [10, 10, 11, 11, 13, 11, 11, 6, 4, 5, 7, 7, 8, 3, 3, 3, 3, 3, 3, 2, 1];
// biome-ignore lint/suspicious/noConstEnum: operator indices cost nothing at run time (STYLE.md)
const enum Op {
  Add,
  Sub,
  Mul,
  Mod,
  Pow,
  Div,
  IDiv,
  BAnd,
  BOr,
  BXor,
  Shl,
  Shr,
  Concat,
  Eq,
  Lt,
  Le,
  Ne,
  Gt,
  Ge,
  And,
  Or,
  None = -1,
}

/// getbinopr.
function binopr(token: number): Op {
  // biome-ignore format: a compact table reads better
  switch (token) {
    case 43: return Op.Add; // '+'
    case 45: return Op.Sub; // '-'
    case 42: return Op.Mul; // '*'
    case 37: return Op.Mod; // '%'
    case 94: return Op.Pow; // '^'
    case 47: return Op.Div; // '/'
    case T.IDiv: return Op.IDiv;
    case 38: return Op.BAnd; // '&'
    case 124: return Op.BOr; // '|'
    case 126: return Op.BXor; // '~'
    case T.Shl: return Op.Shl;
    case T.Shr: return Op.Shr;
    case T.Concat: return Op.Concat;
    case T.Ne: return Op.Ne;
    case T.Eq: return Op.Eq;
    case 60: return Op.Lt; // '<'
    case T.Le: return Op.Le;
    case 62: return Op.Gt; // '>'
    case T.Ge: return Op.Ge;
    case T.And: return Op.And;
    case T.Or: return Op.Or;
    default: return Op.None;
  }
}

/// getunopr.
function unopr(token: number): UnaryOp | null {
  // biome-ignore format: a compact table reads better
  switch (token) {
    case T.Not: return 'not';
    case 45: return '-'; // '-'
    case 126: return '~'; // '~'
    case 35: return '#'; // '#'
    default: return null;
  }
}

function isNumeral(v: ConstValue | undefined): boolean {
  return v !== undefined && (v.kind === 'int' || v.kind === 'float');
}

/// The integer a constant has exactly (integral floats included), or null.
function exactInt(v: ConstValue): bigint | null {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'float' && Number.isInteger(v.value) && Math.abs(v.value) < 2 ** 63) return BigInt(v.value);
  return null;
}

/// fitsC: does an integer fit an instruction's signed 8-bit sC operand?
function fitsC(i: bigint): boolean {
  return i >= -127n && i <= 128n;
}

/// isSCint: an integer constant usable as an immediate operand.
function isSCint(v: ConstValue | undefined): boolean {
  return v !== undefined && v.kind === 'int' && fitsC(v.value);
}

/// isSCnumber: a numeral (integer or integral float) usable as an immediate.
function isSCnumber(v: ConstValue): boolean {
  const i = v.kind === 'int' || v.kind === 'float' ? exactInt(v) : null;
  return i !== null && fitsC(i);
}

/// How many numeral operands of an arithmetic or bitwise operator lcode.c
/// has to load into registers (the others become K or immediate operands);
/// `left`/`right` are set when that operand is a numeral.
function numeralRegisters(op: Op, left: ConstValue | undefined, right: ConstValue | undefined): number {
  const l = left !== undefined ? 1 : 0;
  const r = right !== undefined ? 1 : 0;
  switch (op) {
    case Op.Add:
    case Op.Mul:
      return l & r; // commutative: one numeral is always a K operand
    case Op.Sub:
    case Op.Div:
    case Op.IDiv:
    case Op.Mod:
    case Op.Pow:
      return r ? 0 : l; // codearith: a numeral on the right is a K operand
    case Op.BAnd:
    case Op.BOr:
    case Op.BXor:
      // codebitwise: only an integer constant becomes a K operand
      if (left?.kind === 'int' || right?.kind === 'int') return l & r;
      return l + r;
    case Op.Shl:
      if (isSCint(left)) return r;
      if (right?.kind === 'int' && fitsC(right.value) && fitsC(-right.value)) return l;
      return l + r;
    default:
      // Op.Shr
      return isSCint(right) ? l : l + r;
  }
}

/// check_conflict: does assigning to the variable `v` change a table or key
/// that an earlier target of the same assignment still needs?
function conflicts(targets: (NameExpr | IndexExpr)[], v: VarRef): boolean {
  for (const t of targets) {
    if (t.kind !== 'Index') continue;
    const obj = t.obj.kind === 'Name' ? t.obj.ref : null;
    if (v.kind === 'local') {
      if (obj?.kind === 'local' && obj.local === v.local) return true;
      if (t.key.kind === 'Name' && t.key.ref.kind === 'local' && t.key.ref.local === v.local) return true;
    } else if (v.kind === 'upval' && obj?.kind === 'upval' && obj.index === v.index) {
      if (t.key.kind === 'String' && t.key.value.length <= MAXSHORTLEN) return true; // VINDEXUP
    }
  }
  return false;
}

/// A list built with push, copied to an exact-size array: V8 gives a pushed
/// array room for 16 more elements, and the AST keeps hundreds of thousands
/// of short lists (this halves the memory, and the GC work, of a big AST).
function trim<X>(list: X[]): X[] {
  switch (list.length) {
    case 0:
      return list;
    case 1:
      return [list[0]];
    case 2:
      return [list[0], list[1]];
    case 3:
      return [list[0], list[1], list[2]];
    default:
      return list.slice();
  }
}

type Literal = NilExpr | TrueExpr | FalseExpr | IntExpr | FloatExpr | StringExpr;

/// The constant a literal node denotes.
function literalValue(e: Literal): ConstValue {
  switch (e.kind) {
    case 'Nil':
      return { kind: 'nil' };
    case 'True':
      return { kind: 'boolean', value: true };
    case 'False':
      return { kind: 'boolean', value: false };
    case 'Int':
      return { kind: 'int', value: e.value };
    case 'Float':
      return { kind: 'float', value: e.value };
    default:
      return { kind: 'string', value: e.value };
  }
}

class Parser {
  private readonly lx: Lexer;
  private readonly cs: ChunkState;
  private fs!: FuncState;
  /// C calls in progress (luaE_incCstack's count).
  private level: number;
  /// Statements of the block being parsed.
  private stmts: Stmt[] = [];
  /// Description of the last expression parsed (see EK). The value of a
  /// constant is `kval`, or for a literal the node `klit` itself (so that
  /// literals allocate nothing more).
  private ek: EK = EK.K;
  private kval: ConstValue | undefined = undefined;
  private klit: Literal | null = null;
  /// freereg when the last expression of the last explist began.
  private lastStart = 0;

  private readonly maxstack: Map<LuaFunction, number> | null;

  constructor(src: string, chunkname: string, cLevel: number, maxstack: Map<LuaFunction, number> | null) {
    this.maxstack = maxstack;
    this.lx = new Lexer(src, chunkname);
    this.cs = { lx: this.lx, functions: [], nextLocalId: 0 };
    this.level = cLevel;
  }

  // ------------------------------------------------------------- helpers

  private enterLevel(): void {
    if (++this.level >= LUAI_MAXCCALLS) throw cstackOverflow();
  }

  private errorExpected(token: number): never {
    throw this.lx.syntaxError(token2str(token) + ' expected');
  }

  private testNext(c: number): boolean {
    if (this.lx.token !== c) return false;
    this.lx.next();
    return true;
  }

  private check(c: number): void {
    if (this.lx.token !== c) this.errorExpected(c);
  }

  private checkNext(c: number): void {
    this.check(c);
    this.lx.next();
  }

  /// check_match: `what` closes `who` opened at line `where`.
  private checkMatch(what: number, who: number, where: number): void {
    if (this.testNext(what)) return;
    if (where === this.lx.linenumber) this.errorExpected(what);
    throw this.lx.syntaxError(
      token2str(what) + ' expected (to close ' + token2str(who) + ' at line ' + where + ')',
    );
  }

  /// str_checkname.
  private checkName(): string {
    this.check(T.Name);
    const s = this.lx.sval;
    this.lx.next();
    return s;
  }

  /// block_follow: does the current token end a block?
  private blockFollow(withUntil: boolean): boolean {
    switch (this.lx.token) {
      case T.Else:
      case T.Elseif:
      case T.End:
      case T.Eos:
        return true;
      case T.Until:
        return withUntil;
      default:
        return false;
    }
  }

  // ------------------------------------------------- expression registers

  private setK(v: ConstValue): void {
    this.ek = EK.K;
    this.kval = v;
    this.klit = null;
  }

  private setLiteral(e: Literal): void {
    this.ek = EK.K;
    this.kval = undefined;
    this.klit = e;
  }

  /// Forget the constant value (the expression is not a constant).
  private setKind(ek: EK): void {
    this.ek = ek;
    this.kval = undefined;
    this.klit = null;
  }

  private isK(): boolean {
    return this.ek === EK.K || this.ek === EK.KVar;
  }

  /// The value of the constant expression just parsed (ek K or KVar).
  private constValue(): ConstValue {
    return this.kval ?? literalValue(this.klit!);
  }

  /// Is the expression just parsed a numeric constant?
  private isNumeralK(): boolean {
    if (!this.isK()) return false;
    const k = this.klit ? this.klit.kind : this.kval!.kind;
    return k === 'Int' || k === 'Float' || k === 'int' || k === 'float';
  }

  /// The string value of a string constant, or null.
  private stringK(): string | null {
    if (!this.isK()) return null;
    if (this.klit) return this.klit.kind === 'String' ? this.klit.value : null;
    return this.kval!.kind === 'string' ? this.kval!.value : null;
  }

  /// The value of an integer constant, or null.
  private intK(): bigint | null {
    if (!this.isK()) return null;
    if (this.klit) return this.klit.kind === 'Int' ? this.klit.value : null;
    return this.kval!.kind === 'int' ? this.kval!.value : null;
  }

  /// luaK_dischargevars: a variable becomes a value.
  private discharge(start: number): void {
    switch (this.ek) {
      case EK.KVar:
        this.ek = EK.K;
        break;
      case EK.Local:
      case EK.Call:
        this.ek = EK.NonReloc;
        break;
      case EK.Global:
      case EK.Indexed:
        this.fs.freereg = start;
        this.ek = EK.Reloc;
        break;
      case EK.Upval:
      case EK.Vararg:
        this.ek = EK.Reloc;
        break;
    }
  }

  /// luaK_exp2nextreg: the value goes to the first free register.
  private toNextReg(start: number): void {
    this.fs.freereg = start;
    this.fs.reserve(1);
    this.setKind(EK.NonReloc);
  }

  /// luaK_exp2anyreg: the value goes to some register.
  private toAnyReg(start: number): void {
    this.discharge(start);
    if (this.ek !== EK.NonReloc) this.toNextReg(start);
  }

  /// luaK_exp2anyregup: a table to index (an upvalue can be indexed as is).
  private toAnyRegUp(start: number): void {
    if (this.ek !== EK.Upval) this.toAnyReg(start);
  }

  /// luaK_goiftrue (or with `jumpIfTrue` luaK_goiffalse) on a condition: a
  /// test needs its value in a register for a moment, unless it is a jump
  /// already or a constant that never jumps.
  private condition(start: number, jumpIfTrue: boolean): void {
    this.discharge(start);
    let test = this.ek === EK.Reloc; // (a `not x` tests x where it is)
    if (this.ek === EK.K) test = constTruthy(this.constValue()) === jumpIfTrue;
    if (test) this.fs.checkStack(1);
    this.fs.freereg = start;
  }

  /// luaK_indexed: `key` (its value just parsed, from `keyStart`) indexes
  /// the table described before (`tableEk`).
  private indexed(tableEk: EK, keyStart: number): void {
    const str = this.stringK();
    if (str !== null) {
      this.indexedName(tableEk, str);
      return;
    }
    if (tableEk === EK.Upval) this.fs.reserve(1); // upvalue table to a register
    const i = this.intK();
    if (i === null || i < 0n || i > MAXARG_C) {
      this.discharge(keyStart);
      if (this.ek !== EK.NonReloc) this.fs.reserve(1);
    }
    this.setKind(EK.Indexed);
  }

  /// luaK_indexed with a string constant key.
  private indexedName(tableEk: EK, key: string): void {
    if (key.length > MAXSHORTLEN) this.fs.reserve(tableEk === EK.Upval ? 2 : 1);
    this.setKind(EK.Indexed);
  }

  // ---------------------------------------------------------- expressions

  /* expr -> subexpr */
  private expr(): Expr {
    return this.subexpr(0);
  }

  /* subexpr -> (simpleexp | unop subexpr) { binop subexpr }
     where 'binop' is any binary operator with a priority higher than 'limit' */
  private subexpr(limit: number): Expr {
    const lx = this.lx;
    this.enterLevel();
    const start = this.fs.freereg;
    let e: Expr;
    const uop = unopr(lx.token);
    if (uop !== null) {
      const line = lx.linenumber;
      const col = lx.tokCol;
      lx.next();
      const operand = this.subexpr(UNARY_PRIORITY);
      this.prefix(uop, start);
      e = { kind: 'Unary', op: uop, operand, line, col };
      if (this.ek === EK.K) e.folded = true;
    } else {
      e = this.simpleexp();
    }
    for (let op = binopr(lx.token); op !== Op.None && LEFT_PRIORITY[op] > limit; op = binopr(lx.token)) {
      const line = lx.linenumber;
      const col = lx.tokCol;
      lx.next();
      this.infix(op, start);
      const leftK = this.ek === EK.K ? this.constValue() : undefined;
      const rightStart = this.fs.freereg;
      const right = this.subexpr(RIGHT_PRIORITY[op]);
      this.posfix(op, leftK, start, rightStart);
      e = { kind: 'Binary', op: BINOPS[op], left: e, right, line, col };
      if (this.ek === EK.K) e.folded = true;
    }
    this.level--;
    return e;
  }

  /// luaK_prefix: fold or code a unary operator on the last expression.
  private prefix(op: UnaryOp, start: number): void {
    this.discharge(start);
    if (this.ek === EK.K && (op === 'not' || this.isNumeralK())) {
      const v = op === '#' ? undefined : foldUnary(op, this.constValue());
      if (v !== undefined) {
        this.setK(v);
        return;
      }
    }
    if (op === 'not' && this.ek === EK.Jump) return;
    if (this.ek !== EK.NonReloc) this.toNextReg(start);
    this.fs.freereg = start;
    this.setKind(op === 'not' ? EK.Not : EK.Reloc);
  }

  /// luaK_infix: prepare the left operand before reading the right one.
  private infix(op: Op, start: number): void {
    this.discharge(start);
    switch (op) {
      case Op.And:
      case Op.Or:
        this.condition(start, op === Op.Or);
        return;
      case Op.Concat:
        this.toNextReg(start);
        return;
      case Op.Eq:
      case Op.Ne:
        if (this.ek !== EK.K) this.toAnyReg(start); // constants are K operands
        return;
      case Op.Lt:
      case Op.Le:
      case Op.Gt:
      case Op.Ge:
        if (this.ek !== EK.K || !isSCnumber(this.constValue())) this.toAnyReg(start);
        return;
      default:
        if (!this.isNumeralK()) this.toAnyReg(start); // a numeral may fold with the right operand
    }
  }

  /// luaK_posfix: combine the operands (left described by leftEk/leftK).
  private posfix(op: Op, leftConst: ConstValue | undefined, start: number, rightStart: number): void {
    this.discharge(rightStart);
    const rightIsK = this.ek === EK.K;
    const rightNumeral = this.isNumeralK();
    switch (op) {
      case Op.And:
      case Op.Or:
        // A constant left operand that lets the right one through leaves it as is.
        if (leftConst !== undefined && constTruthy(leftConst) === (op === Op.And)) return;
        this.setKind(this.fs.freereg > start ? EK.NonReloc : EK.Jump);
        return;
      case Op.Concat:
        this.toNextReg(rightStart);
        this.fs.freereg = start + 1;
        this.setKind(EK.NonReloc);
        return;
      case Op.Eq:
      case Op.Ne:
        // codeeq: constants are K operands, but one side must be in a register.
        if (!rightIsK) this.toAnyReg(rightStart);
        else if (leftConst !== undefined) this.fs.checkStack(1);
        break;
      case Op.Lt:
      case Op.Le:
      case Op.Gt:
      case Op.Ge: {
        // codeorder: only small integral numerals are immediate operands.
        const rightImm = rightIsK && isSCnumber(this.constValue());
        if (!rightImm) this.toAnyReg(rightStart);
        else if (leftConst !== undefined && isSCnumber(leftConst)) this.fs.checkStack(1);
        break;
      }
      default: {
        const rightK = rightNumeral ? this.constValue() : undefined;
        if (rightK !== undefined && isNumeral(leftConst)) {
          const v = foldBinary(BINOPS[op], leftConst!, rightK);
          if (v !== undefined) {
            this.fs.freereg = start;
            this.setK(v);
            return;
          }
        }
        if (rightK === undefined) this.toAnyReg(rightStart);
        const n = numeralRegisters(op, isNumeral(leftConst) ? leftConst : undefined, rightK);
        if (n > 0) this.fs.checkStack(n);
        this.fs.freereg = start;
        this.setKind(EK.Reloc);
        return;
      }
    }
    this.fs.freereg = start;
    this.setKind(EK.Jump);
  }

  /* simpleexp -> FLT | INT | STRING | NIL | TRUE | FALSE | ... |
                  constructor | FUNCTION body | suffixedexp */
  private simpleexp(): Expr {
    const lx = this.lx;
    const line = lx.tokLine;
    const col = lx.tokCol;
    let e: Expr;
    switch (lx.token) {
      case T.Flt:
        e = { kind: 'Float', value: lx.nval, line, col };
        this.setLiteral(e);
        break;
      case T.Int:
        e = { kind: 'Int', value: lx.ival, line, col };
        this.setLiteral(e);
        break;
      case T.String:
        e = { kind: 'String', value: lx.sval, line, col };
        this.setLiteral(e);
        break;
      case T.Nil:
        e = { kind: 'Nil', line, col };
        this.setLiteral(e);
        break;
      case T.True:
        e = { kind: 'True', line, col };
        this.setLiteral(e);
        break;
      case T.False:
        e = { kind: 'False', line, col };
        this.setLiteral(e);
        break;
      case T.Dots:
        if (!this.fs.fn.isVararg) throw lx.syntaxError("cannot use '...' outside a vararg function");
        e = { kind: 'Vararg', line, col };
        this.setKind(EK.Vararg);
        break;
      case 123: // '{'
        return this.constructor_();
      case T.Function: {
        lx.next();
        const func = this.body(false, lx.linenumber, line, col, null);
        return { kind: 'Function', func, line, col };
      }
      default:
        return this.suffixedexp();
    }
    lx.next();
    return e;
  }

  /* primaryexp -> NAME | '(' expr ')' */
  private primaryexp(): Expr {
    const lx = this.lx;
    switch (lx.token) {
      case 40: {
        // '('
        const line = lx.linenumber;
        const col = lx.tokCol;
        const start = this.fs.freereg;
        lx.next();
        const e = this.expr();
        this.checkMatch(41, 40, line);
        this.discharge(start);
        if (e.kind === 'Call' || e.kind === 'MethodCall' || e.kind === 'Vararg')
          return { kind: 'Paren', expr: e, line, col };
        return e;
      }
      case T.Name:
        return this.singlevar();
      default:
        throw lx.syntaxError('unexpected symbol');
    }
  }

  /// singlevar: a name, resolved.
  private singlevar(): NameExpr {
    const lx = this.lx;
    const line = lx.tokLine;
    const col = lx.tokCol;
    const name = this.checkName();
    const ref = this.fs.resolve(name);
    this.describeVar(ref, name);
    return { kind: 'Name', name, ref, line, col };
  }

  private describeVar(ref: VarRef, name: string): void {
    switch (ref.kind) {
      case 'local':
        this.setKind(EK.Local);
        return;
      case 'upval':
        this.setKind(EK.Upval);
        return;
      case 'const':
        this.setK(ref.value);
        this.ek = EK.KVar;
        return;
      default:
        // _ENV[name]: a long name needs registers (see indexedName).
        this.setKind(EK.Global);
        if (name.length > MAXSHORTLEN) this.indexedName(ref.env.kind === 'upval' ? EK.Upval : EK.Local, name);
    }
  }

  /* suffixedexp ->
       primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
  private suffixedexp(): Expr {
    const lx = this.lx;
    const line = lx.linenumber;
    const col = lx.tokCol;
    const start = this.fs.freereg;
    let e = this.primaryexp();
    for (;;) {
      switch (lx.token) {
        case 46: // '.'
          e = this.fieldsel(e, start);
          break;
        case 91: {
          // '['
          const iline = lx.tokLine;
          const icol = lx.tokCol;
          this.toAnyRegUp(start);
          const tableEk = this.ek;
          const key = this.yindex();
          this.indexed(tableEk, this.lastStart);
          e = { kind: 'Index', obj: e, key, line: iline, col: icol };
          break;
        }
        case 58: {
          // ':'
          lx.next();
          const name = this.checkName();
          // luaK_self: the object in a register, then function and self.
          this.toAnyReg(start);
          this.fs.freereg = start;
          this.fs.reserve(2);
          const args = this.funcargs(line, start);
          const m: MethodCallExpr = { kind: 'MethodCall', obj: e, name, args, line, col };
          e = m;
          break;
        }
        case 40: // '('
        case T.String:
        case 123: {
          // '{'
          this.toNextReg(start);
          const args = this.funcargs(line, start);
          const c: CallExpr = { kind: 'Call', fn: e, args, line, col };
          e = c;
          break;
        }
        default:
          return e;
      }
    }
  }

  /* fieldsel -> ['.' | ':'] NAME */
  private fieldsel(obj: Expr, start: number): IndexExpr {
    const lx = this.lx;
    const line = lx.tokLine;
    const col = lx.tokCol;
    this.toAnyRegUp(start);
    const tableEk = this.ek;
    lx.next();
    const kline = lx.tokLine;
    const kcol = lx.tokCol;
    const name = this.checkName();
    this.indexedName(tableEk, name);
    return { kind: 'Index', obj, key: { kind: 'String', value: name, line: kline, col: kcol }, line, col };
  }

  /* index -> '[' expr ']' */
  private yindex(): Expr {
    this.lx.next();
    const start = this.fs.freereg;
    const key = this.expr();
    this.discharge(start); // luaK_exp2val: a value with jumps goes to a register
    if (this.ek === EK.Jump) this.toNextReg(start);
    this.lastStart = start;
    this.checkNext(93); // ']'
    return key;
  }

  /* funcargs -> '(' [ explist ] ')' | constructor | STRING */
  private funcargs(line: number, base: number): Expr[] {
    const lx = this.lx;
    let args: Expr[];
    switch (lx.token) {
      case 40: {
        // '('
        lx.next();
        if (this.testNext(41)) {
          args = []; // ')'
          break;
        }
        args = this.explist();
        const multi = this.ek === EK.Call || this.ek === EK.Vararg;
        if (this.ek === EK.Vararg) this.fs.reserve(1);
        this.checkMatch(41, 40, line); // ')'
        if (!multi) this.toNextReg(this.lastStart);
        break;
      }
      case 123: // '{'
        args = [this.constructor_()];
        break;
      case T.String:
        args = [{ kind: 'String', value: lx.sval, line: lx.tokLine, col: lx.tokCol }];
        lx.next();
        this.fs.reserve(1);
        break;
      default:
        throw lx.syntaxError('function arguments expected');
    }
    this.fs.freereg = base + 1;
    this.setKind(EK.Call);
    return args;
  }

  /* explist -> expr { ',' expr } */
  private explist(): Expr[] {
    let start = this.fs.freereg;
    const list = [this.expr()];
    while (this.lx.token === 44) {
      // ','
      this.lx.next();
      this.toNextReg(start);
      start = this.fs.freereg;
      list.push(this.expr());
    }
    this.lastStart = start;
    return list.length === 1 ? list : trim(list);
  }

  /* constructor -> '{' [ field { sep field } [sep] ] '}'
     sep -> ',' | ';' */
  private constructor_(): Expr {
    const lx = this.lx;
    const fs = this.fs;
    const line = lx.linenumber;
    const tline = lx.tokLine;
    const col = lx.tokCol;
    const start = fs.freereg;
    fs.reserve(1); // the table
    this.checkNext(123); // '{'
    const items: TableItem[] = [];
    let tostore = 0; // list items in registers
    let pending = -1; // start of the list item not yet in a register
    do {
      if (lx.token === 125) break; // '}'
      if (pending >= 0) {
        // closelistfield
        this.toNextReg(pending);
        pending = -1;
        if (tostore === LFIELDS_PER_FLUSH) {
          fs.freereg = start + 1;
          tostore = 0;
        }
      }
      const fline = lx.tokLine;
      const fcol = lx.tokCol;
      if (lx.token === 91 || (lx.token === T.Name && lx.lookahead() === 61)) {
        // '[' or NAME '=': recfield
        items.push(this.recfield(fline, fcol));
      } else {
        // listfield
        pending = fs.freereg;
        items.push({ kind: 'Positional', value: this.expr(), line: fline, col: fcol });
        tostore++;
      }
    } while (this.testNext(44) || this.testNext(59)); // ',' ';'
    this.checkMatch(125, 123, line); // '}'
    if (pending >= 0) {
      // lastlistfield (the last field was a list item)
      if (this.ek === EK.Vararg) fs.reserve(1);
      else if (this.ek !== EK.Call) this.toNextReg(pending);
    }
    fs.freereg = start + 1;
    this.setKind(EK.NonReloc);
    return { kind: 'Table', items: trim(items), line: tline, col, endLine: this.lx.lastline };
  }

  /* recfield -> (NAME | '['exp']') = exp */
  private recfield(line: number, col: number): TableItem {
    const fs = this.fs;
    const reg = fs.freereg;
    let item: TableItem;
    if (this.lx.token === T.Name) {
      const name = this.checkName();
      this.checkNext(61); // '='
      this.indexedName(EK.NonReloc, name);
      item = { kind: 'Named', name, value: this.exprToRK(), line, col };
    } else {
      const key = this.yindex();
      this.checkNext(61); // '='
      this.indexed(EK.NonReloc, this.lastStart);
      item = { kind: 'Keyed', key, value: this.exprToRK(), line, col };
    }
    fs.freereg = reg;
    return item;
  }

  /// An expression stored with luaK_exp2RK: constants need no register (but
  /// a compile-time constant local, which is not discharged first, does).
  private exprToRK(): Expr {
    const start = this.fs.freereg;
    const e = this.expr();
    if (this.ek !== EK.K) this.toAnyReg(start);
    return e;
  }

  // ---------------------------------------------------------- statements

  /* block -> statlist */
  private block(): Block {
    this.fs.enterBlock(false);
    const b = this.statlistBlock();
    this.fs.leaveBlock();
    return b;
  }

  /// A Block node holding the statements of a statlist.
  private statlistBlock(): Block {
    const lx = this.lx;
    const b: Block = { stmts: [], endLine: 0, lastTok: 0, line: lx.tokLine, col: lx.tokCol };
    const saved = this.stmts;
    this.stmts = b.stmts;
    this.statlist();
    this.stmts = saved;
    b.stmts = trim(b.stmts);
    b.endLine = lx.linenumber;
    b.lastTok = lx.lastline;
    return b;
  }

  /* statlist -> { stat [';'] } */
  private statlist(): void {
    while (!this.blockFollow(true)) {
      if (this.lx.token === T.Return) {
        this.statement();
        return; // 'return' must be last statement
      }
      this.statement();
    }
  }

  private statement(): void {
    const lx = this.lx;
    const line = lx.linenumber;
    const col = lx.tokCol;
    this.enterLevel();
    switch (lx.token) {
      case 59: // ';' (empty statement)
        lx.next();
        break;
      case T.If:
        this.ifstat(line, col);
        break;
      case T.While:
        this.whilestat(line, col);
        break;
      case T.Do: {
        lx.next();
        const body = this.block();
        this.checkMatch(T.End, T.Do, line);
        this.stmts.push({ kind: 'Do', body, line, col });
        break;
      }
      case T.For:
        this.forstat(line, col);
        break;
      case T.Repeat:
        this.repeatstat(line, col);
        break;
      case T.Function:
        this.funcstat(line, col);
        break;
      case T.Local:
        lx.next();
        if (this.testNext(T.Function)) this.localfunc(line, col);
        else this.localstat(line, col);
        break;
      case T.DbColon:
        lx.next();
        this.labelstat(this.checkName(), line, col);
        break;
      case T.Return:
        lx.next();
        this.retstat(line, col);
        break;
      case T.Break:
        this.breakstat();
        break;
      case T.Goto:
        lx.next();
        this.gotostat(line, col);
        break;
      default:
        this.exprstat(line, col);
    }
    this.fs.freereg = this.fs.nvarstack();
    this.level--;
  }

  /* ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
  private ifstat(line: number, col: number): void {
    const clauses: IfClause[] = [];
    do clauses.push(this.testThenBlock());
    while (this.lx.token === T.Elseif);
    const orelse = this.testNext(T.Else) ? this.block() : null;
    this.checkMatch(T.End, T.If, line);
    this.stmts.push({ kind: 'If', clauses: trim(clauses), orelse, line, col });
  }

  /* test_then_block -> [IF | ELSEIF] cond THEN block */
  private testThenBlock(): IfClause {
    const lx = this.lx;
    const line = lx.linenumber;
    const col = lx.tokCol;
    lx.next();
    const start = this.fs.freereg;
    const cond = this.expr();
    this.checkNext(T.Then);
    const thenLine = lx.lastline;
    this.condition(start, lx.token === T.Break); // 'if x then break' jumps when x is true
    if (lx.token !== T.Break) return { cond, body: this.block(), line, col, thenLine };
    // 'if x then break': PUC registers the break without a statement level.
    const bline = lx.linenumber;
    const bcol = lx.tokCol;
    lx.next();
    this.fs.enterBlock(false);
    this.fs.breakStat(bline);
    const body: Block = {
      stmts: [{ kind: 'Break', line: bline, col: bcol }],
      endLine: 0,
      lastTok: 0,
      line: bline,
      col: bcol,
    };
    while (this.testNext(59)) {} // skip ';'
    if (!this.blockFollow(false)) {
      const saved = this.stmts;
      this.stmts = body.stmts;
      this.statlist();
      this.stmts = saved;
    }
    body.endLine = lx.linenumber;
    body.lastTok = lx.lastline;
    this.fs.leaveBlock();
    return { cond, body, line, col, thenLine };
  }

  /* cond -> exp */
  private cond(): Expr {
    const start = this.fs.freereg;
    const e = this.expr();
    this.condition(start, false);
    return e;
  }

  /* whilestat -> WHILE cond DO block END */
  private whilestat(line: number, col: number): void {
    this.lx.next();
    const cond = this.cond();
    this.fs.enterBlock(true);
    this.checkNext(T.Do);
    const body = this.block();
    this.checkMatch(T.End, T.While, line);
    this.fs.leaveBlock();
    this.stmts.push({ kind: 'While', cond, body, line, col });
  }

  /* repeatstat -> REPEAT block UNTIL cond */
  private repeatstat(line: number, col: number): void {
    const fs = this.fs;
    fs.enterBlock(true); // loop block
    fs.enterBlock(false); // scope block
    this.lx.next();
    const body = this.statlistBlock();
    this.checkMatch(T.Until, T.Repeat, line);
    const cond = this.cond(); // inside the scope block
    fs.leaveBlock(this.lx.lastline);
    fs.leaveBlock(this.lx.lastline);
    this.stmts.push({ kind: 'Repeat', body, cond, line, col });
  }

  /* forstat -> FOR (fornum | forlist) END */
  private forstat(line: number, col: number): void {
    const lx = this.lx;
    this.fs.enterBlock(true); // scope for loop and control variables
    lx.next();
    const varname = this.checkName();
    switch (lx.token) {
      case 61: // '='
        this.fornum(varname, line, col);
        break;
      case 44: // ','
      case T.In:
        this.forlist(varname, line, col);
        break;
      default:
        throw lx.syntaxError("'=' or 'in' expected");
    }
    this.checkMatch(T.End, T.For, line);
    this.fs.leaveBlock(this.lx.lastline); // loop scope ('break' jumps to this point)
  }

  /* fornum -> NAME = exp,exp[,exp] forbody */
  private fornum(varname: string, line: number, col: number): void {
    const fs = this.fs;
    // Three hidden control variables, which the AST does not show.
    for (let i = 0; i < 3; i++) fs.newLocal('(for state)', null, false);
    const v = fs.newLocal(varname, null);
    this.checkNext(61); // '='
    const start = this.exp1();
    this.checkNext(44); // ','
    const limit = this.exp1();
    let step: Expr | null = null;
    if (this.testNext(44)) step = this.exp1();
    else fs.reserve(1);
    fs.activate(3);
    const doLine = this.lx.linenumber;
    const body = this.forbody(1);
    this.stmts.push({ kind: 'NumericFor', var: v, start, limit, step, body, line, col, doLine });
  }

  /* forlist -> NAME {,NAME} IN explist forbody */
  private forlist(indexname: string, line: number, col: number): void {
    const fs = this.fs;
    const hidden = [0, 1, 2, 3].map(() => fs.newLocal('(for state)', null));
    hidden[3].attrib = 'close';
    const vars = [fs.newLocal(indexname, null)];
    while (this.testNext(44)) vars.push(fs.newLocal(this.checkName(), null));
    this.checkNext(T.In);
    const exprs = this.explist();
    this.adjustAssign(4, exprs.length);
    fs.activate(4);
    fs.checkStack(3); // extra space to call the generator
    const doLine = this.lx.linenumber;
    const body = this.forbody(vars.length);
    this.stmts.push({ kind: 'GenericFor', vars: trim(vars), exprs, body, hidden, line, col, doLine });
  }

  /* forbody -> DO block */
  private forbody(nvars: number): Block {
    const fs = this.fs;
    this.checkNext(T.Do);
    fs.enterBlock(false); // scope for declared variables
    fs.activate(nvars);
    fs.reserve(nvars);
    const body = this.block();
    fs.leaveBlock();
    return body;
  }

  /// exp1: an expression whose value goes to the next register.
  private exp1(): Expr {
    const start = this.fs.freereg;
    const e = this.expr();
    this.toNextReg(start);
    return e;
  }

  /* funcstat -> FUNCTION funcname body */
  private funcstat(line: number, col: number): void {
    const lx = this.lx;
    lx.next();
    // funcname -> NAME {fieldsel} [':' NAME]
    const start = this.fs.freereg;
    let target: NameExpr | IndexExpr = this.singlevar();
    let hint = target.name;
    let isMethod = false;
    while (lx.token === 46) {
      // '.'
      target = this.fieldsel(target, start);
      hint += '.' + (target.key as { value: string }).value;
    }
    if (lx.token === 58) {
      // ':'
      isMethod = true;
      target = this.fieldsel(target, start);
      hint += ':' + (target.key as { value: string }).value;
    }
    const func = this.body(isMethod, line, line, col, hint);
    if (target.kind === 'Name') {
      this.fs.checkReadonly(target.ref);
      this.fs.markAssigned(target.ref);
    }
    const s: FunctionStmt = { kind: 'FunctionStmt', target, isMethod, func, line, col };
    this.stmts.push(s);
  }

  /// local function NAME body
  private localfunc(line: number, col: number): void {
    const fs = this.fs;
    const name = this.checkName();
    const v = fs.newLocal(name, null);
    fs.activate(1);
    const func = this.body(false, this.lx.linenumber, line, col, name);
    v.startLine = this.lx.lastline; // debug information sees it after the body
    this.stmts.push({ kind: 'LocalFunction', var: v, func, line, col });
  }

  /* stat -> LOCAL NAME ATTRIB { ',' NAME ATTRIB } ['=' explist] */
  private localstat(line: number, col: number): void {
    const fs = this.fs;
    const vars: LocalVar[] = [];
    let hasClose = false;
    do {
      const v = fs.newLocal(this.checkName(), null);
      v.attrib = this.getlocalattribute();
      if (v.attrib === 'close') {
        if (hasClose) throw this.lx.semError('multiple to-be-closed variables in local list');
        hasClose = true;
      }
      vars.push(v);
    } while (this.testNext(44)); // ','
    const exprs = this.testNext(61) ? this.explist() : []; // '='
    const last = vars[vars.length - 1];
    if (vars.length === exprs.length && last.attrib === 'const' && this.isK()) {
      // The last variable is a compile-time constant: no register.
      fs.activate(vars.length - 1);
      fs.activateConst(this.constValue());
      fs.freereg = this.lastStart;
    } else {
      this.adjustAssign(vars.length, exprs.length);
      fs.activate(vars.length);
    }
    this.stmts.push({ kind: 'Local', vars: trim(vars), exprs, line, col, last: this.lx.lastline });
  }

  /* ATTRIB -> ['<' Name '>'] */
  private getlocalattribute(): 'const' | 'close' | null {
    if (!this.testNext(60)) return null; // '<'
    const attr = this.checkName();
    this.checkNext(62); // '>'
    if (attr === 'const') return 'const';
    if (attr === 'close') return 'close';
    throw this.lx.semError("unknown attribute '" + attr + "'");
  }

  /// adjust_assign: registers for `nvars` values from `nexps` expressions
  /// (the last one described by ek, starting at lastStart).
  private adjustAssign(nvars: number, nexps: number): void {
    const fs = this.fs;
    const needed = nvars - nexps;
    if (nexps > 0 && (this.ek === EK.Call || this.ek === EK.Vararg)) {
      if (this.ek === EK.Vararg) fs.reserve(1);
    } else if (nexps > 0) {
      this.toNextReg(this.lastStart);
    }
    if (needed > 0) fs.reserve(needed);
    else fs.freereg += needed;
  }

  /* stat -> func | assignment */
  private exprstat(line: number, col: number): void {
    const e = this.suffixedexp();
    const t = this.lx.token;
    if (t === 61 || t === 44) {
      // '=' ','
      this.restassign(e, line, col);
      return;
    }
    if (this.ek !== EK.Call) throw this.lx.syntaxError('syntax error');
    this.stmts.push({ kind: 'CallStmt', call: e as CallExpr | MethodCallExpr, line, col });
  }

  /* assignment -> suffixedexp restassign
     restassign -> ',' suffixedexp restassign | '=' explist */
  private restassign(first: Expr, line: number, col: number): void {
    const lx = this.lx;
    const fs = this.fs;
    const targets: (NameExpr | IndexExpr)[] = [];
    let e = first;
    let levels = 0;
    for (;;) {
      const ek = this.ek;
      const isVar =
        ek === EK.Local || ek === EK.Upval || ek === EK.KVar || ek === EK.Global || ek === EK.Indexed;
      if (!isVar || (e.kind !== 'Name' && e.kind !== 'Index')) throw lx.syntaxError('syntax error');
      if (e.kind === 'Name') fs.checkReadonly(e.ref);
      targets.push(e);
      if (!this.testNext(44)) break; // ','
      e = this.suffixedexp();
      if (e.kind === 'Name' && conflicts(targets, e.ref)) fs.reserve(1); // check_conflict: a safe copy
      this.enterLevel(); // restassign recursion
      levels++;
    }
    this.checkNext(61); // '='
    const exprs = this.explist();
    if (exprs.length !== targets.length) {
      this.adjustAssign(targets.length, exprs.length);
    } else {
      // luaK_storevar of the last value: a local takes it directly, a table
      // field also as a K operand (not a compile-time constant local, which
      // is not discharged first), an upvalue only from a register.
      const last = targets[targets.length - 1];
      const ref = last.kind === 'Name' ? last.ref : null;
      if (ref?.kind === 'upval' || (ref?.kind !== 'local' && this.ek !== EK.K)) this.toAnyReg(this.lastStart);
    }
    this.level -= levels;
    for (const t of targets) if (t.kind === 'Name') fs.markAssigned(t.ref);
    this.stmts.push({ kind: 'Assign', targets: trim(targets), exprs, line, col, last: this.lx.lastline });
  }

  /* stat -> RETURN [explist] [';'] */
  private retstat(line: number, col: number): void {
    let exprs: Expr[] = [];
    if (!this.blockFollow(true) && this.lx.token !== 59) {
      exprs = this.explist();
      if (this.ek === EK.Vararg) this.fs.reserve(1);
      else if (this.ek !== EK.Call) {
        if (exprs.length === 1) this.toAnyReg(this.lastStart);
        else this.toNextReg(this.lastStart);
      }
    }
    this.testNext(59); // ';'
    this.stmts.push({ kind: 'Return', exprs, line, col, last: this.lx.lastline });
  }

  private breakstat(): void {
    const lx = this.lx;
    const line = lx.linenumber;
    const col = lx.tokCol;
    lx.next();
    this.fs.breakStat(line);
    this.stmts.push({ kind: 'Break', line, col });
  }

  /* stat -> 'goto' NAME */
  private gotostat(line: number, col: number): void {
    const nameLine = this.lx.linenumber; // PUC reports the line of the name
    const label = this.checkName();
    const s: GotoStmt = { kind: 'Goto', label, target: null as unknown as LabelStmt, line, col };
    this.stmts.push(s);
    this.fs.gotoStat(s, nameLine);
  }

  /* label -> '::' NAME '::' */
  private labelstat(name: string, line: number, col: number): void {
    this.checkNext(T.DbColon);
    const label: LabelStmt = { kind: 'Label', name, line, col };
    this.stmts.push(label);
    while (this.lx.token === 59 || this.lx.token === T.DbColon) this.statement(); // skip other no-op statements
    this.fs.labelStat(label, this.blockFollow(false));
  }

  // ----------------------------------------------------------- functions

  private newFunction(line: number, col: number, lineDefined: number, nameHint: string | null): LuaFunction {
    const fn: LuaFunction = {
      id: this.cs.functions.length,
      params: [],
      isVararg: false,
      body: null as unknown as Block,
      lineDefined,
      lastLineDefined: 0,
      upvals: [],
      parentId: this.fs ? this.fs.fn.id : -1,
      nameHint,
      locals: [],
      line,
      col,
    };
    this.cs.functions.push(fn);
    return fn;
  }

  /* body ->  '(' parlist ')' block END */
  private body(
    isMethod: boolean,
    lineDefined: number,
    line: number,
    col: number,
    hint: string | null,
  ): LuaFunction {
    const lx = this.lx;
    const parent = this.fs;
    const fn = this.newFunction(line, col, lineDefined, hint);
    const fs = new FuncState(this.cs, fn, parent);
    this.fs = fs;
    fs.enterBlock(false);
    this.checkNext(40); // '('
    if (isMethod) {
      fn.params.push(fs.newLocal('self', null));
      fs.activate(1);
    }
    this.parlist(fn);
    this.checkNext(41); // ')'
    fn.body = this.statlistBlock();
    fn.lastLineDefined = lx.linenumber;
    this.checkMatch(T.End, T.Function, lineDefined);
    parent.reserve(1); // the closure, in the enclosing function
    fs.leaveBlock(this.lx.lastline);
    this.closeFunction(fs);
    this.fs = parent;
    this.setKind(EK.NonReloc);
    return fn;
  }

  /// close_func, for what is left once the body is parsed.
  private closeFunction(fs: FuncState): void {
    const fn = fs.fn;
    fn.params = trim(fn.params);
    fn.locals = trim(fn.locals);
    fn.upvals = trim(fn.upvals);
    this.maxstack?.set(fn, fs.maxstack);
  }

  /* parlist -> [ {NAME ','} (NAME | '...') ] */
  private parlist(fn: LuaFunction): void {
    const lx = this.lx;
    const fs = this.fs;
    let nparams = 0;
    if (lx.token !== 41) {
      // ')'
      do {
        if (lx.token === T.Name) {
          fn.params.push(fs.newLocal(this.checkName(), null));
          nparams++;
        } else if (lx.token === T.Dots) {
          lx.next();
          fn.isVararg = true;
        } else {
          throw lx.syntaxError("<name> or '...' expected");
        }
      } while (!fn.isVararg && this.testNext(44)); // ','
    }
    fs.activate(nparams);
    fs.reserve(fs.nactvar);
  }

  /// mainfunc: the main chunk is a vararg function whose upvalue 0 is _ENV.
  mainfunc(): Chunk {
    const lx = this.lx;
    const fn = this.newFunction(1, 1, 0, null);
    fn.isVararg = true;
    const fs = new FuncState(this.cs, fn, null);
    this.fs = fs;
    fs.enterBlock(false);
    fs.addEnvUpvalue();
    lx.next(); // read first token
    fn.body = this.statlistBlock();
    this.check(T.Eos);
    fs.leaveBlock();
    this.closeFunction(fs);
    return { chunkname: lx.chunkname, main: fn, functions: this.cs.functions };
  }
}
