// Name resolution and the compile-time checks of lparser.c that are not
// grammar: scopes and blocks, locals / upvalues / globals (through _ENV),
// <const> and <close> rules, compile-time constants and their folding (as
// lcode.c's constfolding), labels and goto, `break`, and the limits on
// locals, upvalues and registers. The parser drives it in one pass, as PUC
// does, so every error comes out in the same order as lua5.4's.
//
// Invariants:
// - One FuncState per function being parsed, linked to its enclosing one by
//   `prev`; nothing is shared between chunks (no module-global state).
// - `vars` holds this function's locals in declaration order, the first
//   `nactvar` of which are in scope (PUC's actvar / nactvar); later entries
//   are declared but not yet active (`local x = x` sees the outer x).
// - Compile-time constants (a <const> initialised with a constant expression)
//   count as locals for the limits and for goto scope checks, but take no
//   register (`ridx` -1) and resolve to VarRef 'const'.
// - Pending gotos and visible labels are per function; a `break` is a goto to
//   the pseudo-label 'break' that every loop block defines at its end (names
//   cannot be 'break', it is reserved).
// - The register count (`freereg`) follows lcode.c closely enough to report
//   "function or expression needs too many registers" where lua5.4 does for
//   realistic code; see the parser's notes on what is approximated.

import type {
  BinaryOp,
  ConstValue,
  GotoStmt,
  LabelStmt,
  LocalVar,
  Function as LuaFunction,
  UnaryOp,
  UpvalDesc,
  VarRef,
} from './ast.js';
import type { Lexer } from './lexer.js';

/// Most locals a function may have in scope at once (lparser.c MAXVARS).
export const MAXVARS = 200;
/// Most upvalues of a function (lfunc.h MAXUPVAL).
export const MAXUPVAL = 255;
/// Register-stack size limit (lcode.c MAXREGS).
export const MAXREGS = 255;

/// State shared by all functions of one chunk.
export interface ChunkState {
  lx: Lexer;
  functions: LuaFunction[];
  nextLocalId: number;
}

/// A local in `FuncState.vars`.
interface VarSlot {
  v: LocalVar;
  /// Register index, or -1 for a compile-time constant.
  ridx: number;
  /// The VarRef every use of the variable shares.
  ref: VarRef;
}

/// An upvalue of the function being parsed.
interface UpvalSlot {
  /// Assigning to it is an error (<const> or <close> at its origin).
  readonly: boolean;
  /// The local it ultimately captures (null for the main chunk's _ENV).
  root: LocalVar | null;
  ref: VarRef;
}

/// BlockCnt: an open block.
interface Block {
  previous: Block | null;
  firstLabel: number;
  firstGoto: number;
  /// Active locals outside the block.
  nactvar: number;
  isLoop: boolean;
}

/// A visible label or a pending goto (node null: the pseudo-label/goto 'break').
interface LabelDesc {
  name: string;
  line: number;
  nactvar: number;
  label: LabelStmt | null;
}
interface GotoDesc {
  name: string;
  line: number;
  nactvar: number;
  stmt: GotoStmt | null;
}

export class FuncState {
  readonly fn: LuaFunction;
  readonly prev: FuncState | null;
  private readonly cs: ChunkState;
  private readonly lx: Lexer;
  private readonly vars: VarSlot[] = [];
  nactvar = 0;
  private readonly upvals: UpvalSlot[] = [];
  private bl: Block | null = null;
  private readonly labels: LabelDesc[] = [];
  private readonly gotos: GotoDesc[] = [];
  /// First free register (lcode.c freereg).
  freereg = 0;
  /// Registers the function needs, as PUC's maxstacksize (registers 0 and 1
  /// always count).
  maxstack = 2;

  constructor(cs: ChunkState, fn: LuaFunction, prev: FuncState | null) {
    this.cs = cs;
    this.lx = cs.lx;
    this.fn = fn;
    this.prev = prev;
  }

  /// The main chunk's upvalue 0, _ENV, provided by `load`.
  addEnvUpvalue(): void {
    this.fn.upvals.push({ name: '_ENV', fromParentLocal: false });
    this.upvals.push({ readonly: false, root: null, ref: { kind: 'upval', index: 0, name: '_ENV' } });
  }

  // ------------------------------------------------------------ locals

  /// new_localvar: declare a local (not yet in scope). `visible` false keeps
  /// it out of Function.locals (the numeric for's hidden state).
  newLocal(name: string, attrib: 'const' | 'close' | null, visible = true): LocalVar {
    if (this.vars.length + 1 > MAXVARS) this.errorLimit(MAXVARS, 'local variables');
    const v: LocalVar = {
      name,
      attrib,
      constValue: undefined,
      captured: false,
      reassigned: false,
      funcId: this.fn.id,
      id: this.cs.nextLocalId++,
      startLine: 0,
      endLine: 0,
    };
    this.vars.push({ v, ridx: -1, ref: { kind: 'local', local: v } });
    if (visible) this.fn.locals.push(v);
    return v;
  }

  /// adjustlocalvars: bring the next `n` declared locals into scope (their
  /// scope starts on the line where their declaration ends).
  activate(n: number): void {
    let reg = this.nvarstack();
    const line = this.lx.lastline;
    for (let i = 0; i < n; i++) {
      const s = this.vars[this.nactvar++];
      s.ridx = reg++;
      s.v.startLine = line;
    }
  }

  /// Bring the next declared local into scope as a compile-time constant.
  activateConst(value: ConstValue): void {
    const s = this.vars[this.nactvar++];
    s.v.constValue = value;
    s.v.startLine = this.lx.lastline;
    s.ref = { kind: 'const', local: s.v, value };
  }

  /// luaY_nvarstack: registers used by the locals in scope.
  nvarstack(): number {
    return this.reglevel(this.nactvar);
  }

  private reglevel(nvar: number): number {
    while (nvar-- > 0) {
      const r = this.vars[nvar].ridx;
      if (r >= 0) return r + 1;
    }
    return 0;
  }

  private removeVars(tolevel: number, line: number): void {
    for (let i = tolevel; i < this.nactvar; i++) this.vars[i].v.endLine = line;
    this.vars.length = tolevel;
    this.nactvar = tolevel;
  }

  // ------------------------------------------------------------ blocks

  enterBlock(isLoop: boolean): void {
    this.bl = {
      previous: this.bl,
      firstLabel: this.labels.length,
      firstGoto: this.gotos.length,
      nactvar: this.nactvar,
      isLoop,
    };
  }

  /// leaveblock: close the innermost block; a loop resolves its breaks, the
  /// outermost block reports gotos with no label. The block's locals end on
  /// `endLine`: by default the line of the current token, which closes the
  /// block unless the caller has already consumed the closing token.
  leaveBlock(endLine = this.lx.linenumber): void {
    const bl = this.bl!;
    const stklevel = this.reglevel(bl.nactvar);
    if (bl.isLoop) this.createLabel('break', 0, false, null);
    this.bl = bl.previous;
    this.removeVars(bl.nactvar, endLine);
    this.freereg = stklevel;
    this.labels.length = bl.firstLabel;
    if (bl.previous) {
      for (let i = bl.firstGoto; i < this.gotos.length; i++) this.gotos[i].nactvar = bl.nactvar;
    } else if (bl.firstGoto < this.gotos.length) {
      this.undefGoto(this.gotos[bl.firstGoto]);
    }
  }

  // --------------------------------------------------------- resolution

  /// singlevar: what `name` refers to here; globals are _ENV.name.
  resolve(name: string): VarRef {
    const r = this.lookup(name, true);
    if (r !== null) return r;
    return { kind: 'global', name, env: this.lookup('_ENV', true)! };
  }

  /// singlevaraux: a local, a constant or an upvalue (created on the way
  /// down through the enclosing functions), or null for a global.
  private lookup(name: string, base: boolean): VarRef | null {
    for (let i = this.nactvar - 1; i >= 0; i--) {
      const s = this.vars[i];
      if (s.v.name === name) {
        if (!base && s.ridx >= 0) s.v.captured = true;
        return s.ref;
      }
    }
    const ups = this.fn.upvals;
    for (let i = 0; i < ups.length; i++) if (ups[i].name === name) return this.upvals[i].ref;
    if (this.prev === null) return null;
    const r = this.prev.lookup(name, false);
    if (r === null || r.kind === 'const') return r;
    return this.newUpvalue(name, r);
  }

  private newUpvalue(name: string, r: VarRef): VarRef {
    const index = this.fn.upvals.length;
    if (index + 1 > MAXUPVAL) this.errorLimit(MAXUPVAL, 'upvalues');
    const prev = this.prev!;
    let desc: UpvalDesc;
    let slot: UpvalSlot;
    const ref: VarRef = { kind: 'upval', index, name };
    if (r.kind === 'local') {
      desc = { name, fromParentLocal: true, local: r.local };
      slot = { readonly: r.local.attrib !== null, root: r.local, ref };
    } else {
      const pi = (r as { index: number }).index;
      desc = { name, fromParentLocal: false, parentIndex: pi };
      const ps = prev.upvals[pi];
      slot = { readonly: ps.readonly, root: ps.root, ref };
    }
    this.fn.upvals.push(desc);
    this.upvals.push(slot);
    return ref;
  }

  /// check_readonly: assigning to a <const>/<close> variable is an error.
  checkReadonly(ref: VarRef): void {
    let name: string | null = null;
    if (ref.kind === 'const') name = ref.local.name;
    else if (ref.kind === 'local' && ref.local.attrib !== null) name = ref.local.name;
    else if (ref.kind === 'upval' && this.upvals[ref.index].readonly) name = ref.name;
    if (name !== null) throw this.lx.semError("attempt to assign to const variable '" + name + "'");
  }

  /// Record an assignment to the variable `ref` names.
  markAssigned(ref: VarRef): void {
    if (ref.kind === 'local') ref.local.reassigned = true;
    else if (ref.kind === 'upval') {
      const root = this.upvals[ref.index].root;
      if (root) root.reassigned = true;
    }
  }

  // ------------------------------------------------------ labels and goto

  /// gotostat: a backward jump is resolved now, a forward one when its
  /// label appears.
  /// `line` is the line of the label name, which messages report.
  gotoStat(stmt: GotoStmt, line: number): void {
    const lb = this.findLabel(stmt.label);
    if (lb !== null) stmt.target = lb.label!;
    else this.gotos.push({ name: stmt.label, line, nactvar: this.nactvar, stmt });
  }

  breakStat(line: number): void {
    this.gotos.push({ name: 'break', line, nactvar: this.nactvar, stmt: null });
  }

  /// labelstat (after the no-op statements that follow it were read):
  /// `last` says the label ends its block, so its locals are out of scope.
  labelStat(label: LabelStmt, last: boolean): void {
    const lb = this.findLabel(label.name);
    if (lb !== null) {
      throw this.lx.semError("label '" + label.name + "' already defined on line " + lb.line);
    }
    this.createLabel(label.name, label.line, last, label);
  }

  private findLabel(name: string): LabelDesc | null {
    for (const lb of this.labels) if (lb.name === name) return lb;
    return null;
  }

  private createLabel(name: string, line: number, last: boolean, label: LabelStmt | null): void {
    const lb: LabelDesc = { name, line, nactvar: last ? this.bl!.nactvar : this.nactvar, label };
    this.labels.push(lb);
    const gotos = this.gotos;
    for (let i = this.bl!.firstGoto; i < gotos.length; ) {
      const gt = gotos[i];
      if (gt.name !== name) {
        i++;
        continue;
      }
      if (gt.nactvar < lb.nactvar) {
        const varname = this.vars[gt.nactvar].v.name;
        throw this.lx.semError(
          '<goto ' + gt.name + '> at line ' + gt.line + " jumps into the scope of local '" + varname + "'",
        );
      }
      if (gt.stmt) gt.stmt.target = label!;
      gotos.splice(i, 1);
    }
  }

  private undefGoto(gt: GotoDesc): never {
    if (gt.stmt === null) throw this.lx.semError('break outside loop at line ' + gt.line);
    throw this.lx.semError("no visible label '" + gt.name + "' for <goto> at line " + gt.line);
  }

  // --------------------------------------------------------- registers

  /// luaK_checkstack.
  checkStack(n: number): void {
    const top = this.freereg + n;
    if (top > this.maxstack) {
      if (top >= MAXREGS) throw this.lx.syntaxError('function or expression needs too many registers');
      this.maxstack = top;
    }
  }

  /// luaK_reserveregs.
  reserve(n: number): void {
    this.checkStack(n);
    this.freereg += n;
  }

  /// errorlimit: "too many X (limit is N) in main function / function at line L".
  private errorLimit(limit: number, what: string): never {
    const line = this.fn.lineDefined;
    const where = line === 0 ? 'main function' : 'function at line ' + line;
    throw this.lx.syntaxError('too many ' + what + ' (limit is ' + limit + ') in ' + where);
  }
}

// ------------------------------------------------------ constant folding

const TWO63 = 2 ** 63;

function isNumeral(v: ConstValue): v is { kind: 'int'; value: bigint } | { kind: 'float'; value: number } {
  return v.kind === 'int' || v.kind === 'float';
}

function numberOf(v: { kind: 'int'; value: bigint } | { kind: 'float'; value: number }): number {
  return v.kind === 'int' ? Number(v.value) : v.value;
}

/// luaV_tointegerns with F2Ieq: the integer a numeral has exactly, if any.
function exactInteger(
  v: { kind: 'int'; value: bigint } | { kind: 'float'; value: number },
): bigint | undefined {
  if (v.kind === 'int') return v.value;
  const f = v.value;
  return Number.isInteger(f) && f >= -TWO63 && f < TWO63 ? BigInt(f) : undefined;
}

/// Is a constant true in a condition (anything but nil and false)?
export function constTruthy(v: ConstValue): boolean {
  return v.kind !== 'nil' && !(v.kind === 'boolean' && !v.value);
}

/// lcode.c constfolding for a unary operator: undefined when PUC does not
/// fold (non-numerals, '#', results that are NaN or a float zero).
export function foldUnary(op: UnaryOp, v: ConstValue): ConstValue | undefined {
  if (op === 'not') return { kind: 'boolean', value: !constTruthy(v) };
  if (!isNumeral(v)) return undefined;
  if (op === '-') {
    if (v.kind === 'int') return { kind: 'int', value: BigInt.asIntN(64, -v.value) };
    return floatResult(-v.value);
  }
  if (op === '~') {
    const i = exactInteger(v);
    return i === undefined ? undefined : { kind: 'int', value: BigInt.asIntN(64, ~i) };
  }
  return undefined;
}

/// lcode.c constfolding for arithmetic and bitwise operators (never for
/// division by zero or for operations that would raise an error).
export function foldBinary(op: BinaryOp, a: ConstValue, b: ConstValue): ConstValue | undefined {
  if (!isNumeral(a) || !isNumeral(b)) return undefined;
  switch (op) {
    case '&':
    case '|':
    case '~':
    case '<<':
    case '>>': {
      const x = exactInteger(a);
      const y = exactInteger(b);
      if (x === undefined || y === undefined) return undefined;
      return { kind: 'int', value: bitwise(op, x, y) };
    }
    case '/':
    case '^':
      return floatResult(floatArith(op, numberOf(a), numberOf(b)));
    case '//':
    case '%':
      if (numberOf(b) === 0) return undefined;
    // fall through
    case '+':
    case '-':
    case '*':
      if (a.kind === 'int' && b.kind === 'int') return { kind: 'int', value: intArith(op, a.value, b.value) };
      return floatResult(floatArith(op, numberOf(a), numberOf(b)));
    default:
      return undefined;
  }
}

function floatResult(n: number): ConstValue | undefined {
  return Number.isNaN(n) || n === 0 ? undefined : { kind: 'float', value: n };
}

function intArith(op: BinaryOp, x: bigint, y: bigint): bigint {
  switch (op) {
    case '+':
      return BigInt.asIntN(64, x + y);
    case '-':
      return BigInt.asIntN(64, x - y);
    case '*':
      return BigInt.asIntN(64, x * y);
    case '//': {
      if (y === -1n) return BigInt.asIntN(64, -x);
      let q = x / y;
      if (x < 0n !== y < 0n && x % y !== 0n) q -= 1n;
      return q;
    }
    default: {
      // '%'
      if (y === -1n) return 0n;
      let r = x % y;
      if (r !== 0n && r < 0n !== y < 0n) r += y;
      return r;
    }
  }
}

function floatArith(op: BinaryOp, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '^':
      return y === 2 ? x * x : x ** y;
    case '//':
      return Math.floor(x / y);
    default: {
      // '%': fmod, then the sign correction of luai_nummod
      let m = x % y;
      if (m > 0 ? y < 0 : m < 0 && y > 0) m += y;
      return m;
    }
  }
}

function bitwise(op: BinaryOp, x: bigint, y: bigint): bigint {
  switch (op) {
    case '&':
      return BigInt.asIntN(64, x & y);
    case '|':
      return BigInt.asIntN(64, x | y);
    case '~':
      return BigInt.asIntN(64, x ^ y);
    case '<<':
      return shiftLeft(x, y);
    default:
      return shiftLeft(x, -y);
  }
}

/// luaV_shiftl: logical shifts; 64 or more positions give 0.
function shiftLeft(x: bigint, y: bigint): bigint {
  if (y <= -64n || y >= 64n) return 0n;
  if (y < 0n) return BigInt.asIntN(64, BigInt.asUintN(64, x) >> -y);
  return BigInt.asIntN(64, x << y);
}
