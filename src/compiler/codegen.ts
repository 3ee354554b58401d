// Lowers a resolved Lua function (frontend/ast.ts) to IR (ir.ts).
//
// Expressions are flattened into straight-line steps on JavaScript locals:
// `expr()` returns an operand (a literal, a register or a temporary) after
// appending the steps that compute it. Every operation that may run Lua code
// (a call, or a metamethod behind indexing, arithmetic, comparison, concat,
// length) is a suspension point. The fast case of an operation (plain numbers,
// a table hit) is inline; the slow case calls runtime/metamethods.ts inside
// the branch that holds the suspension point, so the fast case pays no check.
//
// Evaluation order follows PUC Lua's register machine: operands of binary
// operators that are locals are read when the operator runs, while elements
// of lists (arguments, constructors, concat chains, multiple assignment) are
// copied when evaluated, and upvalues/globals/fields are always read into
// temporaries at once.
//
// Registers: parameters, Lua locals (`name$id`, a Cell when captured),
// temporaries (`$N`, reused statement by statement) and loop state. All are
// declared at the top of the JS function; a frame saves all of them.

import type * as A from '../frontend/ast.js';
import { type ChunkInfo, Site, type SiteTable } from '../runtime/sites.js';
import { LuaFloat, LuaInt } from '../runtime/value.js';
import type { IR, TraceNode, TryNode } from './ir.js';

const MAXS = '9007199254740991';

/// What the compiler produced for one function, ready for emit.ts.
export interface FuncCode {
  ast: A.Function;
  ir: IR[];
  /// JS names of the parameters (excluding the vararg rest).
  params: string[];
  /// All registers, parameters first.
  regs: string[];
  isVararg: boolean;
  /// Lua names of the upvalues, for debug.getupvalue.
  upvalNames: string[];
  /// Names and registers of locals in declaration order (debug.getlocal).
  locals: { name: string; reg: string; startLine: number; endLine: number; captured: boolean }[];
  /// Line, site and active locals of each suspension point.
  points: Map<number, PointInfo>;
  /// The last `ntemps` registers are temporaries (dead at loop heads).
  ntemps: number;
  /// Estimated JavaScript stack slots of a frame of this function, counted
  /// in L.depth (see state.ts).
  cost: number;
  /// Ids of the functions whose closures it creates.
  children: number[];
  /// Lines with line-event points (debug.getinfo's activelines).
  traceLines: number[];
}

/// A local variable active at a point, as debug.getlocal lists them.
export interface ScopeVar {
  name: string;
  /// Its register (holding a Cell when captured).
  reg: string;
  captured: boolean;
}

export interface PointInfo {
  line: number;
  site: number;
  /// Active locals in declaration order (debug.getlocal's numbering).
  scope: ScopeVar[];
  /// Inside a to-be-closed variable's scope: an error thrown into the frame
  /// must run its handler (otherwise the trampoline can drop the frame).
  catches: boolean;
  /// A loop back-edge check (no temporary is live there).
  tick: boolean;
  /// The last line-event point before it (emit.ts), -1 for none or a
  /// back-edge; and that point's line.
  tpc: number;
  tline: number;
  /// At a call: temporaries $0.. holding pending values of the statement
  /// (debug.getlocal's "(temporary)" entries); -1 at a hook, where PUC shows
  /// the whole frame.
  temps: number;
}

/// Multiple values left by an expression in multi-value position.
type Multi = { kind: 'call'; first: string } | { kind: 'vararg' };

interface LoopCtx {
  label: string;
  tbcDepth: number;
}

interface TbcVar {
  /// Register holding the value to close.
  reg: string;
  /// Register: 0 while open, 1 once closed.
  state: string;
  line: number;
}

/// Per-label plan of a block: how gotos reach it.
interface LabelPlan {
  /// Forward gotos: `break jsLabel`.
  jsLabel?: string;
  /// Switch dispatch: `state = caseIndex; continue jsLabel`.
  sw?: { label: string; state: string; index: number };
  tbcDepth: number;
}

export class ChunkCompiler {
  /// Constants that cannot be JS literals (boxed numbers), as K[i].
  readonly consts: unknown[] = [];
  private constIndex = new Map<string, number>();
  /// Operands that are boxed integral float constants (K[i]) -> their value
  /// as a JS literal, so arithmetic can use the value directly.
  readonly floatConsts = new Map<string, string>();
  nextPoint = 1;

  constructor(
    readonly chunk: A.Chunk,
    readonly sites: SiteTable,
    readonly info: ChunkInfo,
  ) {}

  compileAll(): FuncCode[] {
    return this.chunk.functions.map((f) => new FuncCompiler(this, f).compile());
  }

  constant(v: LuaInt | LuaFloat): string {
    const key = v instanceof LuaInt ? `i${v.v}` : `f${Object.is(v.n, -0) ? '-0' : v.n}`;
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return `K[${i}]`;
  }

  site(line: number, v1 = '', v2 = '', namewhat = '', name = '', divLine = line): number {
    return this.sites.add(new Site(line, this.info, v1, v2, namewhat, name, divLine));
  }
}

/// JS string literal for a byte string.
export function jsString(s: string): string {
  return JSON.stringify(s);
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/// `obj.name` or `obj["name"]` for a property access.
function prop(obj: string, name: string): string {
  return IDENT.test(name) ? `${obj}.${name}` : `${obj}[${jsString(name)}]`;
}

export function intLiteral(v: bigint, cc: ChunkCompiler): string {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return v < 0n ? `(${v})` : `${v}`;
  return cc.constant(new LuaInt(v));
}

export function floatLiteral(x: number, cc: ChunkCompiler): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '(-Infinity)';
  if (Number.isInteger(x)) return cc.constant(new LuaFloat(x));
  return x < 0 ? `(${x})` : `${x}`;
}

/// Statements with a block of their own.
const BLOCK_STMTS = new Set(['Do', 'While', 'Repeat', 'If', 'NumericFor', 'GenericFor']);

class FuncCompiler {
  private out: IR[] = [];
  private regs: string[] = [];
  private params: string[] = [];
  private temp = 0;
  private maxTemp = 0;
  /// Highest temporary used by the current statement, and a count of the
  /// tables/closures created so far (see stmt).
  private tempHigh = 0;
  private allocs = 0;
  private labelCount = 0;
  private loops: LoopCtx[] = [];
  private tbcs: TbcVar[] = [];
  private labelPlans = new Map<A.LabelStmt, LabelPlan>();
  private locals: FuncCode['locals'] = [];
  /// End line of the block being compiled (where its variables close).
  private blockEnd = 0;
  /// Depth of try handlers being compiled (their points also catch).
  private inHandler = 0;
  /// Line of the last instruction PUC would have saved its position at (a
  /// call, a loop preparation) in compile order: see Site.divLine.
  private savedLine: number;
  private points: FuncCode['points'] = new Map();
  private children = new Set<number>();
  /// Line-event points: the next pc, the last point emitted, their lines.
  private pc = 0;
  private lastTrace: TraceNode | null = null;
  /// Temporaries live below the call being compiled (see PointInfo.temps).
  private callTemps = 0;
  /// Callee operand of the last call compiled.
  private lastCallee = '';
  private traceLines = new Set<number>();
  /// Active locals while compiling, and a cached copy for points.
  private scope: ScopeVar[] = [];
  private scopeCopy: ScopeVar[] | null = null;
  /// Registers of the locals declared so far by the block statement being
  /// compiled (see stmt: they are cleared when it ends).
  private blockRegs: string[] = [];
  private line: number;

  constructor(
    readonly cc: ChunkCompiler,
    readonly fn: A.Function,
  ) {
    this.line = fn.line;
    this.savedLine = fn.lineDefined === 0 ? 1 : fn.lineDefined;
  }

  compile(): FuncCode {
    const fn = this.fn;
    for (const p of fn.params) {
      const r = this.localName(p);
      this.params.push(r);
      this.noteLocal(p, r);
      this.pushScope({ name: p.name, reg: r, captured: p.captured });
    }
    for (const p of fn.params)
      if (p.captured) this.js(`${this.localName(p)} = new Cell(${this.localName(p)});`);
    this.hook('call', fn.lineDefined);
    this.block(fn.body, null);
    // PUC's final return: at the closing `end`, or the main chunk's last token.
    const end = fn.lineDefined === 0 ? fn.body.lastTok : fn.lastLineDefined;
    this.trace(end);
    this.hook('ret', end, '[]');
    this.js('L.depth--; L.nret = 0; return undefined;', fn.body.endLine);
    const temps: string[] = [];
    for (let i = 0; i < this.maxTemp; i++) temps.push(`$${i}`);
    // $b: the back-edge step counter (see emit.ts), when the function loops.
    if ([...this.points.values()].some((p) => p.tick)) this.regs.push('$b');
    return {
      ast: fn,
      ir: this.out,
      params: this.params,
      regs: [...this.params, ...this.regs, ...temps],
      isVararg: fn.isVararg,
      upvalNames: fn.upvals.map((u) => u.name),
      locals: this.locals,
      points: this.points,
      ntemps: this.maxTemp,
      cost: frameCost(this.params.length + this.regs.length + this.maxTemp),
      children: [...this.children],
      traceLines: [...this.traceLines],
    };
  }

  // ---------------------------------------------------------- emission

  private js(code: string, line = this.line): void {
    this.out.push({ k: 'js', code, line });
  }

  /// A suspension point: `target = expr` where expr may return SUSPEND.
  private pointInfo(line: number, site: number, tick = false): PointInfo {
    if (this.scopeCopy === null) this.scopeCopy = this.scope.slice();
    const tr = tick ? null : this.lastTrace;
    return {
      line,
      site,
      scope: this.scopeCopy,
      catches: this.tbcs.length > 0 || this.inHandler > 0,
      tick,
      tpc: tr === null ? -1 : tr.pc,
      tline: tr === null ? 0 : tr.line,
      temps: this.callTemps,
    };
  }

  /// A line-event point where PUC Lua would execute an instruction of
  /// `line` (see ir.ts). Its pc is the next one unless `late` (setPc).
  private trace(line: number, late = false): TraceNode {
    const id = this.cc.nextPoint++;
    const n: TraceNode = { k: 'trace', id, line, pc: late ? -1 : this.pc++ };
    const info = this.pointInfo(line, 0);
    info.tpc = n.pc;
    info.tline = line;
    info.temps = -1;
    this.points.set(id, info);
    this.out.push(n);
    this.lastTrace = n;
    if (line > 0) this.traceLines.add(line);
    return n;
  }

  private setPc(n: TraceNode): void {
    n.pc = this.pc++;
    this.points.get(n.id)!.tpc = n.pc;
  }

  /// The call hook (at entry) or a return hook of values `vals` (see ir.ts).
  private hook(ev: 'call' | 'ret', line: number, vals?: string, tail?: string): void {
    const id = this.cc.nextPoint++;
    const info = this.pointInfo(line, 0);
    info.temps = -1;
    this.points.set(id, info);
    this.out.push({ k: 'hook', id, ev, line, tail, vals, first: info.scope.length + 1 });
  }

  private pushScope(v: ScopeVar): void {
    this.scope.push(v);
    this.scopeCopy = null;
  }

  private popScope(mark: number): void {
    if (this.scope.length !== mark) {
      this.scope.length = mark;
      this.scopeCopy = null;
    }
  }

  private susp(
    target: string,
    expr: string,
    site = 0,
    conv: '' | 'bool' = '',
    tail = false,
    callee?: string,
    call?: { callee: string; args: string },
  ): void {
    const id = this.cc.nextPoint++;
    this.points.set(id, this.pointInfo(this.line, site));
    this.out.push({ k: 'susp', id, target, expr, conv, tail, callee, call, line: this.line, site });
  }

  private tick(): void {
    const id = this.cc.nextPoint++;
    this.points.set(id, this.pointInfo(this.line, 0, true));
    this.out.push({ k: 'tick', id, line: this.line });
  }

  /// Collects the IR emitted by `f` into a fresh list.
  private sub(f: () => void): IR[] {
    const saved = this.out;
    this.out = [];
    try {
      f();
      return this.out;
    } finally {
      this.out = saved;
    }
  }

  /// `if (!(fast)) { slow }`: the slow branch holds the suspension point.
  private guarded(fast: string, slow: () => void): void {
    this.out.push({ k: 'if', cond: `!(${fast})`, yes: this.sub(slow), no: [], line: this.line });
  }

  /// `if (!(fast)) { if (midCond) { mid } else { slow } }`.
  private tiered(fast: string, midCond: string, mid: string, slow: () => void): void {
    const inner: IR = {
      k: 'if',
      cond: midCond,
      yes: [{ k: 'js', code: mid, line: this.line }],
      no: this.sub(slow),
      line: this.line,
    };
    this.out.push({ k: 'if', cond: `!(${fast})`, yes: [inner], no: [], line: this.line });
  }

  private newTemp(): string {
    const t = `$${this.temp++}`;
    if (this.temp > this.maxTemp) this.maxTemp = this.temp;
    if (this.temp > this.tempHigh) this.tempHigh = this.temp;
    return t;
  }

  /// A permanent register (loop state, goto state...).
  private newReg(prefix: string): string {
    const r = `$${prefix}${this.regs.length}`;
    this.regs.push(r);
    return r;
  }

  private newLabel(prefix: string): string {
    return `${prefix}${this.labelCount++}`;
  }

  private site(v1 = '', v2 = '', namewhat = '', name = ''): number {
    return this.cc.site(this.line, v1, v2, namewhat, name);
  }

  // ------------------------------------------------------------ locals

  private localName(v: A.LocalVar): string {
    return `${v.name}$${v.id}`;
  }

  private noteLocal(v: A.LocalVar, reg: string): void {
    this.locals.push({ name: v.name, reg, startLine: v.startLine, endLine: v.endLine, captured: v.captured });
  }

  /// Declares a local (not a parameter) and returns its register.
  private declare(v: A.LocalVar): string {
    const r = this.localName(v);
    if (!this.regs.includes(r)) this.regs.push(r);
    this.blockRegs.push(r);
    this.noteLocal(v, r);
    this.pushScope({ name: v.name, reg: r, captured: v.captured });
    return r;
  }

  /// Reads of a local: the cell's value or the register.
  private localRead(v: A.LocalVar): string {
    return v.captured ? `${this.localName(v)}.v` : this.localName(v);
  }

  // -------------------------------------------------------- statements

  /// Compiles a block; `tail` adds code at the end inside the block's scope
  /// (repeat-until's condition).
  private block(b: A.Block, tail: (() => void) | null): void {
    const tbcMark = this.tbcs.length;
    const scopeMark = this.scope.length;
    const savedEnd = this.blockEnd;
    this.blockEnd = b.endLine;
    this.planLabels(b);
    const segments = this.segments(b, tail);
    if (segments === null) this.stmtsFrom(b.stmts, 0, tail);
    else segments();
    this.closeTo(tbcMark, b.endLine);
    this.blockEnd = savedEnd;
    this.popScope(scopeMark);
  }

  /// Compiles statements from index i; a `local <close>` wraps the rest in a
  /// try that closes it on errors.
  private stmtsFrom(stmts: A.Stmt[], i: number, tail: (() => void) | null): void {
    for (; i < stmts.length; i++) {
      const s = stmts[i];
      this.stmt(s);
      if (s.kind === 'Local' && s.vars.some((v) => v.attrib === 'close')) {
        // The rest of the block runs in a try that closes the variable on
        // errors; a normal exit closes it at the end of the try, so that an
        // error raised by that close reaches the outer variables' handlers.
        const mark = this.tbcs.length - 1;
        const tbc = this.tbcs[mark];
        const rest = i + 1;
        this.tryClose(tbc, () => {
          this.stmtsFrom(stmts, rest, tail);
          this.closeTo(mark, this.blockEnd);
        });
        this.tbcs.length = mark;
        return;
      }
    }
    if (tail !== null) tail();
  }

  /// Wraps `body` in a try whose handler closes `tbc` with the error.
  private tryClose(tbc: TbcVar, body: () => void): void {
    const err = this.newReg('err');
    const node: TryNode = { k: 'try', body: this.sub(body), errVar: err, handler: [], line: tbc.line };
    this.inHandler++;
    node.handler = this.sub(() => {
      const t = this.newTemp();
      this.out.push({
        k: 'if',
        cond: `${tbc.state} === 0`,
        yes: this.sub(() => {
          this.js(`${tbc.state} = 1;`);
          const site = this.cc.site(tbc.line, " (metamethod 'close')", '', 'metamethod', 'close');
          this.susp(t, `closeErr(L, ${tbc.reg}, ${err}, ${site})`, site);
        }),
        no: [],
        line: tbc.line,
      });
      this.js(`throw ${err};`);
    });
    this.inHandler--;
    this.out.push(node);
  }

  /// Closes (normally) the to-be-closed variables above `mark`, innermost
  /// first, and pops them.
  private closeTo(mark: number, line: number): void {
    this.emitCloses(mark, line);
    this.tbcs.length = mark;
  }

  /// Emits normal closes of tbc variables above `mark` without popping them
  /// (for break/goto/return leaving their scopes).
  private emitCloses(mark: number, line: number): void {
    const saved = this.line;
    this.line = line;
    for (let i = this.tbcs.length - 1; i >= mark; i--) {
      const tbc = this.tbcs[i];
      const t = this.newTemp();
      this.out.push({
        k: 'if',
        cond: `${tbc.state} === 0`,
        yes: this.sub(() => {
          this.js(`${tbc.state} = 1;`);
          const site = this.cc.site(line, " (metamethod 'close')", '', 'metamethod', 'close');
          this.susp(t, `closeVar(L, ${tbc.reg}, undefined, ${site})`, site);
        }),
        no: [],
        line,
      });
    }
    this.line = saved;
  }

  private stmt(s: A.Stmt): void {
    this.line = s.line;
    const mark = this.temp;
    const allocs = this.allocs;
    const regsMark = this.blockRegs.length;
    switch (s.kind) {
      case 'Local':
        this.localStmt(s);
        break;
      case 'Assign':
        this.assign(s);
        break;
      case 'CallStmt':
        this.callExpr(s.call, 'stmt');
        break;
      case 'Do':
        this.block(s.body, null);
        break;
      case 'While':
        this.whileStmt(s);
        break;
      case 'Repeat':
        this.repeatStmt(s);
        break;
      case 'If':
        this.ifStmt(s, 0);
        break;
      case 'NumericFor':
        this.numericFor(s);
        break;
      case 'GenericFor':
        this.genericFor(s);
        break;
      case 'FunctionStmt':
        this.functionStmt(s);
        break;
      case 'LocalFunction': {
        this.trace(s.func.lastLineDefined);
        const r = this.declare(s.var);
        if (s.var.captured) {
          this.js(`${r} = new Cell(undefined);`);
          this.js(`${r}.v = ${this.closure(s.func)};`);
        } else this.js(`${r} = ${this.closure(s.func)};`);
        break;
      }
      case 'Return':
        this.returnStmt(s);
        break;
      case 'Break': {
        this.trace(s.line);
        const loop = this.loops[this.loops.length - 1];
        this.emitCloses(loop.tbcDepth, s.line);
        this.js(`break ${loop.label};`);
        break;
      }
      case 'Goto':
        this.gotoStmt(s);
        break;
      case 'Label':
        break;
    }
    // Registers that are dead past the statement would keep what they held
    // alive (JS frames and saved registers are GC roots, while PUC's
    // collector ignores dead stack slots): clear the temporaries that held
    // new tables or closures, and the locals of a block statement.
    const dead = new Set<string>();
    if (this.allocs !== allocs && s.kind !== 'Return' && s.kind !== 'Goto' && s.kind !== 'Break')
      for (let i = mark; i < this.tempHigh; i++) dead.add(`$${i}`);
    if (this.blockRegs.length > regsMark && BLOCK_STMTS.has(s.kind)) {
      for (let i = regsMark; i < this.blockRegs.length; i++) dead.add(this.blockRegs[i]);
      this.blockRegs.length = regsMark;
    }
    if (dead.size > 0) this.js(`${[...dead].join(' = ')} = undefined;`);
    this.tempHigh = mark;
    this.temp = mark;
  }

  private localStmt(s: A.LocalStmt): void {
    const vars = s.vars.filter((v) => v.constValue === undefined);
    if (vars.length === 0 && s.vars.length > 0 && s.exprs.every((e) => this.isConstant(e))) return;
    const vals = this.explist(s.exprs, s.vars.length);
    const lastExpr = s.exprs[s.exprs.length - 1];
    if (lastExpr === undefined || !this.relocatable(lastExpr) || s.vars.some((v) => v.attrib === 'close'))
      this.trace(s.last);
    for (let i = 0; i < s.vars.length; i++) {
      const v = s.vars[i];
      if (v.constValue !== undefined) continue;
      const r = this.declare(v);
      this.js(v.captured ? `${r} = new Cell(${vals[i]});` : `${r} = ${vals[i]};`);
      if (v.attrib === 'close') {
        const state = this.newReg('cs');
        const reg = this.localRead(v);
        this.js(`${state} = 0; checkClose(L, ${reg}, ${jsString(v.name)}, ${this.site()});`);
        this.tbcs.push({ reg, state, line: s.line });
      }
    }
  }

  /// Does PUC compute e straight into its target register (no instruction to
  /// move or load it at the end of the statement)?
  private relocatable(e: A.Expr): boolean {
    switch (e.kind) {
      case 'Call':
      case 'MethodCall':
      case 'Table':
      case 'Function':
        return true;
      case 'Unary':
        return e.folded !== true;
      case 'Binary':
        return e.folded !== true && !['==', '~=', '<', '<=', '>', '>=', 'and', 'or'].includes(e.op);
      case 'Paren':
        return this.relocatable(e.expr);
      default:
        return false;
    }
  }

  /// Line-event point of an assignment's stores (at its last token).
  private storeTrace(s: A.AssignStmt): void {
    const localOnly = s.targets.every((t) => t.kind === 'Name' && t.ref.kind === 'local');
    const last = s.exprs[s.exprs.length - 1];
    if (!localOnly || last === undefined || !this.relocatable(last)) this.trace(s.last);
  }

  private isConstant(e: A.Expr): boolean {
    switch (e.kind) {
      case 'Nil':
      case 'True':
      case 'False':
      case 'Int':
      case 'Float':
      case 'String':
        return true;
      default:
        return false;
    }
  }

  private assign(s: A.AssignStmt): void {
    if (s.targets.length === 1 && s.exprs.length === 1) {
      const t = s.targets[0];
      if (t.kind === 'Index') {
        const obj = this.expr(t.obj);
        const key = this.expr(t.key);
        const v = this.expr(s.exprs[0]);
        this.storeTrace(s);
        this.store(obj, key, t.key, v, this.varinfo(t.obj));
      } else {
        const v = this.expr(s.exprs[0]);
        this.storeTrace(s);
        this.assignName(t, v);
      }
      return;
    }
    // Multiple assignment: evaluate target prefixes, then values, then assign
    // right to left (as PUC does).
    const places: { obj: string; key: string; keyExpr: A.Expr; t: A.IndexExpr }[] = [];
    for (const t of s.targets) {
      if (t.kind === 'Index') {
        const obj = this.stable(this.expr(t.obj));
        const key = this.stable(this.expr(t.key));
        places.push({ obj, key, keyExpr: t.key, t });
      }
    }
    const vals = this.explist(s.exprs, s.targets.length).map((v) => this.stable(v));
    this.storeTrace(s);
    let p = places.length;
    for (let i = s.targets.length - 1; i >= 0; i--) {
      const t = s.targets[i];
      this.line = t.line;
      if (t.kind === 'Index') {
        const pl = places[--p];
        this.store(pl.obj, pl.key, pl.keyExpr, vals[i], this.varinfo(pl.t.obj));
      } else this.assignName(t, vals[i]);
    }
  }

  /// Copies an operand that names a local into a temporary, so later
  /// assignments in the same statement cannot change it.
  private stable(op: string): string {
    if (/^\$\d+$/.test(op) || this.isLiteralOp(op)) return op;
    const t = this.newTemp();
    this.js(`${t} = ${op};`);
    return t;
  }

  private isLiteralOp(op: string): boolean {
    return /^(undefined|true|false|-?[0-9.e+-]+|\(-?[0-9.e+-]+\)|K\[\d+\]|NaN|Infinity|\(-Infinity\)|".*")$/s.test(
      op,
    );
  }

  private assignName(t: A.NameExpr, v: string): void {
    const ref = t.ref;
    switch (ref.kind) {
      case 'local':
        this.js(`${this.localRead(ref.local)} = ${v};`);
        return;
      case 'upval':
        this.js(`U[${ref.index}].v = ${v};`);
        return;
      case 'global': {
        const env = this.varRead(ref.env);
        this.store(
          env,
          jsString(ref.name),
          { kind: 'String', value: ref.name, line: t.line, col: t.col },
          v,
          this.envInfo(ref.env),
        );
        return;
      }
      case 'const':
        throw new Error('assignment to a constant survived the resolver');
    }
  }

  /// obj[key] = v with the fast path for tables without metatables; `info`
  /// describes obj for error messages.
  private store(obj: string, key: string, keyExpr: A.Expr, v: string, info: string): void {
    obj = this.objOperand(obj);
    const site = this.site(info, '', 'metamethod', 'newindex');
    const r = this.newTemp();
    const slow = () => this.susp(r, `setindex(L, ${obj}, ${key}, ${v}, ${site})`);
    if (keyExpr.kind === 'String') {
      this.guarded(
        `${obj} instanceof LuaTable && !${obj}.flags && (${obj}.metatable === undefined || ${obj}.metatable.str.__newindex === undefined) && ${v} !== undefined && ${obj}.str !== EMPTY_STR && (${prop(`${obj}.str`, keyExpr.value)} = ${v}, true)`,
        slow,
      );
    } else {
      this.guarded(
        `${obj} instanceof LuaTable && ${obj}.metatable === undefined && typeof ${key} === 'number' && (${key} | 0) === ${key} && (${obj}.setInt(${key}, ${v}), true)`,
        slow,
      );
    }
  }

  private whileStmt(s: A.WhileStmt): void {
    const label = this.newLabel('$B');
    const body = this.sub(() => {
      this.line = s.line;
      const c = this.cond(s.cond, lastLine(s.cond));
      this.js(`if (!(${c})) break ${label};`);
      this.tick();
      this.loopBody(label, () => this.block(s.body, null));
      this.trace(s.body.lastTok); // the jump back
    });
    this.out.push({ k: 'loop', label, body, line: s.line });
  }

  private repeatStmt(s: A.RepeatStmt): void {
    const label = this.newLabel('$B');
    const body = this.sub(() => {
      this.tick();
      this.loopBody(label, () =>
        this.block(s.body, () => {
          this.line = s.cond.line;
          const mark = this.temp;
          const c = this.cond(s.cond, lastLine(s.cond));
          // Leaving the body's scope: close its tbc variables before exiting.
          this.out.push({
            k: 'if',
            cond: c,
            yes: this.sub(() => {
              this.emitCloses(this.loops[this.loops.length - 1].tbcDepth, s.cond.line);
              this.js(`break ${label};`);
            }),
            no: [],
            line: s.cond.line,
          });
          this.temp = mark;
        }),
      );
    });
    this.out.push({ k: 'loop', label, body, line: s.line });
  }

  private loopBody(label: string, f: () => void): void {
    this.loops.push({ label, tbcDepth: this.tbcs.length });
    f();
    this.loops.pop();
  }

  private ifStmt(s: A.IfStmt, i: number): void {
    const clause = s.clauses[i];
    this.line = clause.line;
    const c = this.cond(clause.cond, clause.thenLine);
    const then = this.sub(() => this.block(clause.body, null));
    const els = this.sub(() => {
      if (i + 1 < s.clauses.length) this.ifStmt(s, i + 1);
      else if (s.orelse !== null) this.block(s.orelse, null);
    });
    this.out.push({ k: 'if', cond: c, yes: then, no: els, line: clause.line });
  }

  private numericFor(s: A.NumericForStmt): void {
    const scopeMark = this.scope.length;
    const i = this.newReg('i');
    const lim = this.newReg('l');
    const st = this.newReg('s');
    const fs = this.newReg('f');
    this.js(`${i} = ${this.expr(s.start)};`);
    this.js(`${lim} = ${this.expr(s.limit)};`);
    let stepConst: number | null = 1;
    if (s.step === null) this.js(`${st} = 1;`);
    else {
      stepConst =
        s.step.kind === 'Int' && s.step.value !== 0n && s.step.value > -1000000n && s.step.value < 1000000n
          ? Number(s.step.value)
          : null;
      this.js(`${st} = ${this.expr(s.step)};`);
    }
    this.trace(s.doLine); // FORPREP
    const site = this.site();
    const stepOk =
      stepConst !== null ? '' : `typeof ${st} === 'number' && Number.isInteger(${st}) && ${st} !== 0 && `;
    this.js(
      `if (typeof ${i} === 'number' && typeof ${lim} === 'number' && Number.isInteger(${i}) && Number.isInteger(${lim}) && ${stepOk}Math.abs(${lim}) + ${stepConst !== null ? Math.abs(stepConst) : `Math.abs(${st})`} <= ${MAXS}) ${fs} = undefined;\n` +
        `else if (isFloatLoop(${i}, ${lim}, ${st})) { ${i} = +${i}; ${lim} = +${lim}; ${st} = +${st}; ${fs} = null; }\n` +
        `else { ${fs} = forPrep(L, ${i}, ${lim}, ${st}, ${site}); ${i} = ${st} = 0; }`,
    );
    for (const r of [i, lim, st]) this.pushScope({ name: '(for state)', reg: r, captured: false });
    const label = this.newLabel('$B');
    const stop =
      stepConst === null
        ? `(${st} > 0 ? ${i} > ${lim} : ${i} < ${lim})`
        : stepConst > 0
          ? `${i} > ${lim}`
          : `${i} < ${lim}`;
    const v = this.declare(s.var);
    const init = (val: string) => (s.var.captured ? `${v} = new Cell(${val});` : `${v} = ${val};`);
    const body = this.sub(() => {
      this.line = s.line;
      this.js(
        `if (${fs} === undefined) { if (${stop}) break ${label}; ${init(i)} }\n` +
          `else if (${fs} === null) { if (${st} > 0 ? ${i} > ${lim} : ${i} < ${lim}) break ${label}; ${init(`(Number.isInteger(${i}) ? new LuaFloat(${i}) : ${i})`)} }\n` +
          `else { if (!${fs}.next()) break ${label}; ${init(`${fs}.v`)} }`,
      );
      this.tick();
      this.loopBody(label, () => this.block(s.body, null));
      this.line = s.line;
      this.trace(s.line); // FORLOOP
      this.js(`${i} += ${st};`);
    });
    this.out.push({ k: 'loop', label, body, line: s.line });
    this.popScope(scopeMark);
  }

  private genericFor(s: A.GenericForStmt): void {
    const scopeMark = this.scope.length;
    const vals = this.explist(s.exprs, 4);
    this.trace(s.doLine); // TFORPREP
    const f = this.newReg('gf');
    const st = this.newReg('gs');
    const ctl = this.newReg('gc');
    const cl = this.newReg('gx');
    this.js(`${f} = ${vals[0]}; ${st} = ${vals[1]}; ${ctl} = ${vals[2]}; ${cl} = ${vals[3]};`);
    for (const r of [f, st, ctl, cl]) this.pushScope({ name: '(for state)', reg: r, captured: false });
    this.blockRegs.push(f, st, ctl, cl);
    const state = this.newReg('cs');
    this.js(`${state} = 0; checkClose(L, ${cl}, null, ${this.site()});`);
    const tbc: TbcVar = { reg: cl, state, line: s.line };
    this.tbcs.push(tbc);
    const mark = this.tbcs.length - 1;
    this.tryClose(tbc, () => {
      const label = this.newLabel('$B');
      const site = this.site(" (for iterator 'for iterator')", '', 'for iterator', 'for iterator');
      let call: TraceNode | undefined;
      const body = this.sub(() => {
        this.line = s.line;
        // TFORCALL comes after the body in PUC's code.
        call = this.trace(s.line, true);
        const r = this.newTemp();
        this.susp(
          r,
          `typeof ${f} === 'function' ? ${f}(${st}, ${ctl}) : call(L, ${f}, ${site}, ${st}, ${ctl})`,
          site,
          '',
          false,
          undefined,
          { callee: f, args: `${st}, ${ctl}` },
        );
        this.js(`if (${r} === undefined) break ${label};`);
        const names = s.vars.map((v) => this.declare(v));
        const parts: string[] = [`${ctl} = ${r};`];
        for (let k = 0; k < s.vars.length; k++) {
          const val = k === 0 ? r : `(L.nret > ${k} ? L.ret[${k}] : undefined)`;
          parts.push(s.vars[k].captured ? `${names[k]} = new Cell(${val});` : `${names[k]} = ${val};`);
        }
        this.js(parts.join(' '));
        this.tick();
        this.loopBody(label, () => this.block(s.body, null));
      });
      this.setPc(call!);
      this.out.push({ k: 'loop', label, body, line: s.line });
      this.closeTo(mark, s.body.endLine);
    });
    this.tbcs.length = mark;
    this.popScope(scopeMark);
  }

  private functionStmt(s: A.FunctionStmt): void {
    const t = s.target;
    // The closure is made at the closing `end`, stored at `function`.
    if (t.kind === 'Index') {
      const obj = this.expr(t.obj);
      const key = this.expr(t.key);
      this.trace(s.func.lastLineDefined);
      const f = this.closure(s.func);
      this.line = s.line;
      const fv = this.newTemp();
      this.js(`${fv} = ${f};`);
      this.trace(s.line);
      this.store(obj, key, t.key, fv, this.varinfo(t.obj));
    } else {
      this.trace(s.func.lastLineDefined);
      const f = this.closure(s.func);
      const fv = this.newTemp();
      this.js(`${fv} = ${f};`);
      this.trace(s.line);
      this.assignName(t, fv);
    }
  }

  private returnStmt(s: A.ReturnStmt): void {
    const es = s.exprs;
    if (es.length === 1 && (es[0].kind === 'Call' || es[0].kind === 'MethodCall') && this.tbcs.length === 0) {
      const r = this.callExpr(es[0], 'tail');
      this.hook('ret', s.last, `L.collect(${r})`, this.lastCallee);
      this.js(`L.depth--; return ${r};`);
      return;
    }
    if (this.tbcs.length > 0) {
      // Closing may run Lua code: hold the results in a register meanwhile.
      const hold = this.newTemp();
      const { fixed, rest } = this.valueList(es);
      this.trace(s.last);
      this.js(
        `${hold} = ${this.arrayOf(
          fixed.map((v) => this.stable(v)),
          rest,
        )};`,
      );
      this.emitCloses(0, s.line);
      this.hook('ret', s.last, hold);
      this.js(`L.depth--; return L.results(${hold});`);
      return;
    }
    if (es.length === 0) {
      this.trace(s.last);
      this.hook('ret', s.last, '[]');
      this.js('L.depth--; L.nret = 0; return undefined;');
      return;
    }
    if (es.length === 1 && !this.isMulti(es[0])) {
      const v = this.expr(es[0]);
      this.trace(s.last);
      this.hook('ret', s.last, `[${v}]`);
      this.js(`L.depth--; L.nret = 1; return ${v};`);
      return;
    }
    const { fixed, rest } = this.valueList(es);
    this.trace(s.last);
    if (rest === null) {
      const vs = fixed.map((v) => this.stable(v));
      this.hook('ret', s.last, `[${vs.join(', ')}]`);
      this.js(
        `L.depth--; L.nret = ${vs.length}; ${vs.map((v, i) => `L.ret[${i}] = ${v};`).join(' ')} return ${vs[0]};`,
      );
      return;
    }
    this.hook('ret', s.last, this.arrayOf(fixed, rest));
    if (rest.kind === 'vararg' && fixed.length === 0) this.js('L.depth--; return L.results(va);');
    else this.js(`L.depth--; return L.results(${this.arrayOf(fixed, rest)});`);
  }

  private gotoStmt(s: A.GotoStmt): void {
    const plan = this.labelPlans.get(s.target);
    if (plan === undefined) throw new Error(`goto ${s.label}: label not planned`);
    this.trace(s.line);
    this.emitCloses(plan.tbcDepth, s.line);
    if (plan.sw !== undefined) this.js(`${plan.sw.state} = ${plan.sw.index}; continue ${plan.sw.label};`);
    else this.js(`break ${plan.jsLabel};`);
  }

  // ---------------------------------------------------- labels and gotos

  /// Decides, for the labels of block b, how gotos reach them.
  private planLabels(b: A.Block): void {
    const labels = b.stmts.filter((s): s is A.LabelStmt => s.kind === 'Label');
    if (labels.length === 0) return;
    const pos = new Map<A.LabelStmt, number>();
    b.stmts.forEach((s, i) => {
      if (s.kind === 'Label') pos.set(s, i);
    });
    let backward = false;
    b.stmts.forEach((s, i) => {
      for (const g of gotosIn(s)) {
        const p = pos.get(g.target);
        if (p !== undefined && p <= i) backward = true;
      }
    });
    const tbcDepth = this.tbcs.length;
    if (!backward) {
      for (const l of labels) this.labelPlans.set(l, { jsLabel: this.newLabel('$G'), tbcDepth });
      return;
    }
    const label = this.newLabel('$S');
    const state = this.newReg('st');
    labels.forEach((l, i) => this.labelPlans.set(l, { sw: { label, state, index: i + 1 }, tbcDepth }));
  }

  /// Compiles a block that has labels; null when it has none.
  private segments(b: A.Block, tail: (() => void) | null): (() => void) | null {
    const labels = b.stmts.filter((s): s is A.LabelStmt => s.kind === 'Label');
    if (labels.length === 0) return null;
    const first = this.labelPlans.get(labels[0])!;
    // Segments split at labels: segs[0] before the first label, segs[k] after label k.
    const segs: A.Stmt[][] = [[]];
    for (const s of b.stmts) {
      if (s.kind === 'Label') segs.push([]);
      else segs[segs.length - 1].push(s);
    }
    if (first.sw === undefined) {
      return () => {
        // Forward gotos only: nested blocks, each ending at its label.
        const last = segs.length - 1;
        const build = (k: number): void => {
          if (k === 0) {
            this.seg(segs[0], k === last ? tail : null);
            return;
          }
          const plan = this.labelPlans.get(labels[k - 1])!;
          const body = this.sub(() => build(k - 1));
          this.out.push({ k: 'block', label: plan.jsLabel!, body, line: labels[k - 1].line });
          this.seg(segs[k], k === last ? tail : null);
        };
        build(segs.length - 1);
      };
    }
    return () => {
      const sw = first.sw!;
      this.js(`${sw.state} = 0;`);
      const cases = segs.map((seg, k) => this.sub(() => this.seg(seg, k === segs.length - 1 ? tail : null)));
      const tickId = this.cc.nextPoint++;
      this.points.set(tickId, this.pointInfo(b.line, 0, true));
      this.out.push({ k: 'switch', label: sw.label, state: sw.state, cases, tickId, line: b.line });
    };
  }

  /// A run of statements between labels (may declare tbc variables).
  private seg(stmts: A.Stmt[], tail: (() => void) | null): void {
    this.stmtsFrom(stmts, 0, tail);
  }

  // ------------------------------------------------------- expressions

  /// Compiles e to one value; returns the operand.
  expr(e: A.Expr): string {
    this.line = e.line;
    switch (e.kind) {
      case 'Nil':
        return 'undefined';
      case 'True':
        return 'true';
      case 'False':
        return 'false';
      case 'Int':
        return intLiteral(e.value, this.cc);
      case 'Float': {
        const op = floatLiteral(e.value, this.cc);
        if (Number.isInteger(e.value))
          this.cc.floatConsts.set(op, Object.is(e.value, -0) ? '-0' : `${e.value}`);
        return op;
      }
      case 'String':
        return jsString(e.value);
      case 'Vararg': {
        const t = this.newTemp();
        this.js(`${t} = va[0];`);
        return t;
      }
      case 'Function': {
        const t = this.newTemp();
        this.trace(e.func.lastLineDefined);
        this.js(`${t} = ${this.closure(e.func)};`);
        return t;
      }
      case 'Table':
        return this.table(e);
      case 'Binary':
        return this.binary(e);
      case 'Unary':
        return this.unary(e);
      case 'Name':
        return this.nameRead(e, e.line);
      case 'Index':
        return this.index(e, lastLine(e));
      case 'Call':
      case 'MethodCall':
        return this.callExpr(e, 'single');
      case 'Paren':
        return this.expr(e.expr);
    }
  }

  /// Compiles e, whose value PUC loads into a register on reading the token
  /// on `line` (the left operand of a binary operator, when the operator is
  /// read): the line-event point of a load from a table or upvalue.
  private exprAt(e: A.Expr, line: number): string {
    if (e.kind === 'Name') {
      this.line = e.line;
      return this.nameRead(e, line);
    }
    if (e.kind === 'Index') {
      this.line = e.line;
      return this.index(e, line);
    }
    return this.expr(e);
  }

  /// A name's value; `at`: the line of its load (see exprAt).
  private nameRead(e: A.NameExpr, at: number): string {
    const ref = e.ref;
    switch (ref.kind) {
      case 'local':
        return this.localRead(ref.local);
      case 'const':
        return this.constOperand(ref.value);
      case 'upval': {
        const t = this.newTemp();
        this.trace(at);
        this.js(`${t} = U[${ref.index}].v;`);
        return t;
      }
      case 'global': {
        this.trace(at);
        const env = this.varRead(ref.env);
        return this.indexed(
          env,
          jsString(ref.name),
          { kind: 'String', value: ref.name, line: e.line, col: e.col },
          this.envInfo(ref.env),
        );
      }
    }
  }

  /// Operand for a VarRef that is not a global (_ENV itself).
  private varRead(ref: A.VarRef): string {
    if (ref.kind === 'local') return this.localRead(ref.local);
    if (ref.kind === 'upval') {
      const t = this.newTemp();
      this.js(`${t} = U[${ref.index}].v;`);
      return t;
    }
    if (ref.kind === 'const') return this.constOperand(ref.value);
    throw new Error('_ENV resolved to a global');
  }

  private envInfo(ref: A.VarRef): string {
    if (ref.kind === 'local') return ` (local '${ref.local.name}')`;
    if (ref.kind === 'upval') return ` (upvalue '${ref.name}')`;
    return '';
  }

  private constOperand(c: A.ConstValue): string {
    switch (c.kind) {
      case 'nil':
        return 'undefined';
      case 'boolean':
        return c.value ? 'true' : 'false';
      case 'int':
        return intLiteral(c.value, this.cc);
      case 'float':
        return floatLiteral(c.value, this.cc);
      case 'string':
        return jsString(c.value);
    }
  }

  /// obj[key]; `at`: the line of the load (see exprAt).
  private index(e: A.IndexExpr, at: number): string {
    const obj = this.expr(e.obj);
    const key = this.expr(e.key);
    this.line = e.line;
    this.trace(at);
    return this.indexed(obj, key, e.key, this.varinfo(e.obj));
  }

  /// An operand usable as the object of a property access (a name; literals
  /// are copied to a temporary).
  private objOperand(op: string): string {
    if (/^[$\w]+(\.v)?$/.test(op) && !/^[\d]/.test(op)) return op;
    const t = this.newTemp();
    this.js(`${t} = ${op};`);
    return t;
  }

  /// obj[key] with the inline fast path.
  private indexed(obj: string, key: string, keyExpr: A.Expr, info: string): string {
    obj = this.objOperand(obj);
    const t = this.newTemp();
    const site = this.site(info, '', 'metamethod', 'index');
    const slow = () => this.susp(t, `index(L, ${obj}, ${key}, ${site})`, site);
    if (keyExpr.kind === 'String') {
      this.guarded(
        `${obj} instanceof LuaTable && (${t} = ${prop(`${obj}.str`, keyExpr.value)}) !== undefined`,
        slow,
      );
    } else if (keyExpr.kind === 'Int' && !key.startsWith('K[')) {
      this.guarded(`${obj} instanceof LuaTable && (${t} = ${obj}.arr[${key} - 1]) !== undefined`, slow);
    } else {
      this.guarded(
        `${obj} instanceof LuaTable && (${t} = typeof ${key} === 'number' ? ${obj}.arr[${key} - 1] : typeof ${key} === 'string' ? ${obj}.str[${key}] : undefined) !== undefined`,
        slow,
      );
    }
    return t;
  }

  /// PUC's varinfo for an operand expression: " (local 'x')" etc.
  private varinfo(e: A.Expr): string {
    switch (e.kind) {
      case 'Name':
        switch (e.ref.kind) {
          case 'local':
            return ` (local '${e.name}')`;
          case 'upval':
            return ` (upvalue '${e.name}')`;
          case 'global':
            return ` (global '${e.name}')`;
          case 'const':
            return e.ref.value.kind === 'string' ? ` (constant '${e.ref.value.value}')` : '';
        }
        return '';
      case 'Index': {
        const k = e.key;
        const kind = this.isEnv(e.obj) ? 'global' : 'field';
        if (k.kind === 'String') return ` (${kind} '${k.value}')`;
        if (k.kind === 'Name' && k.ref.kind === 'const' && k.ref.value.kind === 'string')
          return ` (${kind} '${k.ref.value.value}')`;
        if (k.kind === 'Int' && k.value >= 0n && k.value <= 255n) return " (field 'integer index')";
        return ` (${kind} '?')`;
      }
      case 'MethodCall':
        return '';
      case 'String':
        return ` (constant '${e.value}')`;
      case 'Paren':
        return this.varinfo(e.expr);
      default:
        return '';
    }
  }

  private isEnv(e: A.Expr): boolean {
    return e.kind === 'Name' && e.name === '_ENV' && e.ref.kind !== 'global';
  }

  private binary(e: A.BinaryExpr): string {
    switch (e.op) {
      case 'and':
      case 'or':
        return this.logical(e);
      case '..':
        return this.concat(e);
      case '==':
      case '~=':
        return this.equality(e);
      case '<':
      case '<=':
      case '>':
      case '>=':
        return this.compare(e);
      default:
        return this.arith(e);
    }
  }

  private logical(e: A.BinaryExpr): string {
    const t = this.newTemp();
    const a = this.exprAt(e.left, e.line);
    this.trace(e.line);
    this.js(`${t} = ${a};`);
    const test =
      e.op === 'and' ? `${t} !== undefined && ${t} !== false` : `${t} === undefined || ${t} === false`;
    const mark = this.temp;
    const rhs = this.sub(() => {
      const b = this.expr(e.right);
      this.js(`${t} = ${b};`);
    });
    this.temp = mark;
    this.out.push({ k: 'if', cond: test, yes: rhs, no: [], line: e.line });
    return t;
  }

  /// A condition as a JS boolean expression (for if/while/until, `not`);
  /// `testLine`: where PUC tests its value (-1: no test of its own).
  cond(e: A.Expr, testLine: number): string {
    this.line = e.line;
    switch (e.kind) {
      case 'True':
      case 'Int':
      case 'Float':
      case 'String':
        return 'true'; // PUC emits no test
      case 'False':
      case 'Nil':
        if (testLine >= 0) this.trace(testLine); // an unconditional jump
        return 'false';
      case 'Unary':
        if (e.op === 'not') return `!(${this.cond(e.operand, testLine)})`;
        break;
      case 'Binary':
        if (e.op === '==' || e.op === '~=' || e.op === '<' || e.op === '<=' || e.op === '>' || e.op === '>=')
          return this.binary(e);
        if ((e.op === 'and' || e.op === 'or') && !this.hasSteps(e.right)) {
          const a = this.cond(e.left, e.line);
          const b = this.cond(e.right, testLine);
          return `(${a}) ${e.op === 'and' ? '&&' : '||'} (${b})`;
        }
        break;
      case 'Paren':
        return this.cond(e.expr, testLine);
    }
    const v = this.expr(e);
    if (testLine >= 0) this.trace(testLine);
    return `(${v} !== undefined && ${v} !== false)`;
  }

  /// Does compiling e emit any step (could it run code or read memory that
  /// changes)? Literals and local reads do not.
  private hasSteps(e: A.Expr): boolean {
    switch (e.kind) {
      case 'Nil':
      case 'True':
      case 'False':
      case 'Int':
      case 'Float':
      case 'String':
        return false;
      case 'Name':
        return e.ref.kind !== 'local' && e.ref.kind !== 'const';
      case 'Paren':
        return this.hasSteps(e.expr);
      case 'Unary':
        return e.op !== 'not' || this.hasSteps(e.operand);
      default:
        return true;
    }
  }

  /// The operands of a comparison. PUC emits comparisons without fixing
  /// their line: the line of the last token read, at the end of the right
  /// operand.
  private comparands(e: A.BinaryExpr): [string, string] {
    const a = this.exprAt(e.left, e.line);
    const b = this.expr(e.right);
    this.line = lastLine(e.right);
    this.trace(this.line);
    return [a, b];
  }

  private equality(e: A.BinaryExpr): string {
    const [a, b] = this.comparands(e);
    const t = this.newTemp();
    const neg = e.op === '~=';
    const simple = this.simpleEqConst(e.right, a) ?? this.simpleEqConst(e.left, b);
    if (simple !== null) {
      this.js(`${t} = ${neg ? `!(${simple})` : simple};`);
      return t;
    }
    const slow = this.sub(() =>
      this.susp(t, `eq(L, ${a}, ${b})`, this.site('', '', 'metamethod', 'eq'), 'bool'),
    );
    this.out.push({
      k: 'if',
      cond: `${a} === ${b}`,
      yes: [{ k: 'js', code: `${t} = true;`, line: e.line }],
      no: [
        {
          k: 'if',
          cond: `typeof ${a} !== 'object' && typeof ${b} !== 'object'`,
          yes: [{ k: 'js', code: `${t} = false;`, line: e.line }],
          no: slow,
          line: e.line,
        },
      ],
      line: e.line,
    });
    if (neg) this.js(`${t} = !${t};`);
    return t;
  }

  /// Equality with a literal that cannot call __eq: a plain JS test.
  private simpleEqConst(c: A.Expr, other: string): string | null {
    switch (c.kind) {
      case 'Nil':
        return `${other} === undefined`;
      case 'True':
        return `${other} === true`;
      case 'False':
        return `${other} === false`;
      case 'String':
        return `${other} === ${jsString(c.value)}`;
      case 'Int':
        if (c.value >= -9007199254740991n && c.value <= 9007199254740991n)
          return `(${other} === ${intLiteral(c.value, this.cc)} || (${other} instanceof LuaFloat && (${other}).n === ${c.value}))`;
        return null;
      default:
        return null;
    }
  }

  private compare(e: A.BinaryExpr): string {
    let [a, b] = this.comparands(e);
    let op = e.op;
    if (op === '>' || op === '>=') {
      [a, b] = [b, a];
      op = op === '>' ? '<' : '<=';
    }
    const t = this.newTemp();
    const fn = op === '<' ? 'lt' : 'le';
    const site = this.site('', '', 'metamethod', fn);
    const fa = this.cc.floatConsts.get(a);
    const fb = this.cc.floatConsts.get(b);
    const av = fa ?? a;
    const bv = fb ?? b;
    const lit = (x: string, f: string | undefined) => f !== undefined || /^\(?-?[\d.e+-]+\)?$/.test(x);
    const strLit = (x: string) => x.startsWith('"');
    let cond: string;
    if (lit(a, fa) || lit(b, fb))
      cond =
        [lit(a, fa) ? '' : `typeof ${a} === 'number'`, lit(b, fb) ? '' : `typeof ${b} === 'number'`]
          .filter((x) => x)
          .join(' && ') || 'true';
    else if (strLit(a) || strLit(b))
      cond =
        [strLit(a) ? '' : `typeof ${a} === 'string'`, strLit(b) ? '' : `typeof ${b} === 'string'`]
          .filter((x) => x)
          .join(' && ') || 'true';
    else
      cond = `(typeof ${a} === 'number' && typeof ${b} === 'number') || (typeof ${a} === 'string' && typeof ${b} === 'string')`;
    this.out.push({
      k: 'if',
      cond,
      yes: [{ k: 'js', code: `${t} = ${av} ${op} ${bv};`, line: e.line }],
      no: this.sub(() => this.susp(t, `${fn}(L, ${a}, ${b}, ${site})`, site, 'bool')),
      line: e.line,
    });
    return t;
  }

  private arith(e: A.BinaryExpr): string {
    const a = this.exprAt(e.left, e.line);
    const b = this.expr(e.right);
    this.line = e.line;
    if (!e.folded) this.trace(e.line);
    const t = this.newTemp();
    const code = ARITH_CODES[e.op];
    const divLine = e.op === '//' || e.op === '%' ? this.savedLine : this.line;
    const site = this.cc.site(
      this.line,
      this.varinfo(e.left),
      this.varinfo(e.right),
      'metamethod',
      EVENT_NAMES[code],
      divLine,
    );
    const slow = () => this.susp(t, `arith(L, ${code}, ${a}, ${b}, ${site})`, site);
    if (this.isLiteralOp(a) && this.isLiteralOp(b)) {
      // Constant operands (PUC did not fold them: 0/0, 1//0...): compute at
      // run time, where the JS compiler cannot fold NaN signs away.
      this.js(`${t} = undefined;`);
      slow();
      return t;
    }
    // The inline case is plain numbers; arith() handles boxed floats quickly,
    // then everything else. Operand facts known at compile time shorten the
    // test: integer literals, and integral float constants (boxed as K[i]),
    // which take part by their value and make the operation a float one.
    const fa = this.cc.floatConsts.get(a);
    const fb = this.cc.floatConsts.get(b);
    const av = fa ?? a;
    const bv = fb ?? b;
    const intLit = (x: string) => /^\(?-?\d+\)?$/.test(x);
    const numTest = (x: string, f: string | undefined) =>
      f !== undefined || intLit(x) || /^-?[\d.e+-]+$/.test(x) ? '' : `typeof ${x} === 'number'`;
    const intTest = (x: string) => (intLit(x) ? '' : `Number.isInteger(${x})`);
    const all = (...parts: string[]) => parts.filter((p) => p !== '').join(' && ') || 'true';
    const nums = all(numTest(a, fa), numTest(b, fb));
    const knownFloat = fa !== undefined || fb !== undefined;
    const ints = knownFloat ? 'false' : all(intTest(a), intTest(b));
    switch (e.op) {
      case '+':
      case '-':
      case '*': {
        // A non-integral result is a float; an integral one is valid only
        // from two integers and within the safe range.
        const r = e.op === '*' ? `${av} * ${bv} + 0` : `${av} ${e.op} ${bv}`;
        this.guarded(
          knownFloat
            ? all(nums, `!Number.isInteger(${t} = ${r})`)
            : all(
                nums,
                `(Number.isInteger(${t} = ${r}) ? ${all(ints, `Number.isSafeInteger(${t})`)} : true)`,
              ),
          slow,
        );
        break;
      }
      case '/':
        this.guarded(all(nums, `!Number.isInteger(${t} = ${av} / ${bv})`), slow);
        break;
      case '^':
        this.guarded(all(nums, `!Number.isInteger(${t} = ${av} ** ${bv})`, `${t} === ${t}`), slow);
        break;
      case '//':
        if (knownFloat) {
          this.js(`${t} = undefined;`);
          slow();
        } else
          this.guarded(all(nums, ints, `${b} !== 0`, `(${t} = Math.floor(${a} / ${b}) + 0, true)`), slow);
        break;
      case '%':
        if (knownFloat) {
          this.js(`${t} = undefined;`);
          slow();
        } else
          this.guarded(
            all(
              nums,
              ints,
              `${b} !== 0`,
              `(${t} = ${a} % ${b} + 0, ${t} !== 0 && (${t} < 0) !== (${b} < 0) && (${t} += ${b}), true)`,
            ),
            slow,
          );
        break;
      case '&':
      case '|':
      case '~': {
        const jsop = e.op === '~' ? '^' : e.op;
        this.guarded(
          `typeof ${a} === 'number' && typeof ${b} === 'number' && (${a} | 0) === ${a} && (${b} | 0) === ${b} && (${t} = ${a} ${jsop} ${b}, true)`,
          slow,
        );
        break;
      }
      default:
        this.js(`${t} = undefined;`);
        slow();
    }
    return t;
  }

  private unary(e: A.UnaryExpr): string {
    if (e.op === 'not') {
      const c = this.cond(e.operand, lastLine(e.operand));
      const t = this.newTemp();
      this.js(`${t} = !(${c});`);
      return t;
    }
    const a = this.expr(e.operand);
    this.line = e.line;
    if (!e.folded) this.trace(e.line);
    const t = this.newTemp();
    const site = this.site(
      this.varinfo(e.operand),
      '',
      'metamethod',
      e.op === '-' ? 'unm' : e.op === '~' ? 'bnot' : 'len',
    );
    switch (e.op) {
      case '-':
        // -a + 0: negation flips a NaN's sign as C does, and + 0 turns -0 into 0.
        this.tiered(
          `typeof ${a} === 'number' && (${t} = -${a} + 0, true)`,
          `${a} instanceof LuaFloat`,
          `${t} = new LuaFloat(-(${a}).n);`,
          () => this.susp(t, `arith(L, 12, ${a}, ${a}, ${site})`, site),
        );
        break;
      case '~':
        this.guarded(`typeof ${a} === 'number' && (${a} | 0) === ${a} && (${t} = ~${a}, true)`, () =>
          this.susp(t, `arith(L, 13, ${a}, ${a}, ${site})`, site),
        );
        break;
      case '#': {
        const o = this.objOperand(a);
        this.guarded(
          `(${o} instanceof LuaTable && ${o}.metatable === undefined && (${t} = ${o}.arr.length, true)) || (typeof ${o} === 'string' && (${t} = ${o}.length, true))`,
          () => this.susp(t, `len(L, ${o}, ${site})`, site),
        );
        break;
      }
    }
    return t;
  }

  /// a .. b .. c: operands evaluated left to right into temporaries; all
  /// strings concatenate inline, otherwise concatv handles numbers and
  /// __concat right to left.
  private concat(e: A.BinaryExpr): string {
    const operands: A.Expr[] = [];
    let x: A.Expr = e;
    let line = e.line;
    while (x.kind === 'Binary' && x.op === '..') {
      operands.push(x.left);
      line = x.line;
      x = x.right;
    }
    operands.push(x);
    const ops = this.listOperands(operands);
    // PUC merges the chain into one instruction at the last operator's line.
    this.line = line;
    this.trace(line);
    const t = this.newTemp();
    const infos = operands.map((o) => this.varinfo(o));
    const site = this.site(infos[0] ?? '', infos[1] ?? '', 'metamethod', 'concat');
    const allStr = ops.map((o) => `typeof ${o} === 'string'`).join(' && ');
    this.guarded(`${allStr} && (${t} = ${ops.join(' + ')}, true)`, () =>
      this.susp(
        t,
        ops.length === 2
          ? `concat(L, ${ops[0]}, ${ops[1]}, ${site})`
          : `concatv(L, [${ops.join(', ')}], ${site}, ${jsString(infos.join('\u0000'))})`,
        site,
      ),
    );
    return t;
  }

  /// Operands of a list: later elements with steps force earlier mutable
  /// locals into temporaries (PUC copies list elements into registers).
  /// The first `traced` elements are real list elements: PUC loads a
  /// constant or a local into its register at the element's end.
  private listOperands(es: A.Expr[], traced = es.length): string[] {
    const ops: string[] = [];
    for (let i = 0; i < es.length; i++) {
      let op = this.expr(es[i]);
      if (i < traced && this.loadedLate(es[i])) this.trace(lastLine(es[i]));
      if (i < es.length - 1 && this.isMutableLocal(es[i]) && es.slice(i + 1).some((x) => this.hasSteps(x))) {
        const t = this.newTemp();
        this.js(`${t} = ${op};`);
        op = t;
      }
      ops.push(op);
    }
    return ops;
  }

  /// A constant, local or `...`: PUC emits its load when the list moves on.
  private loadedLate(e: A.Expr): boolean {
    if (this.isConstant(e)) return true;
    switch (e.kind) {
      case 'Vararg':
        return true;
      case 'Binary':
      case 'Unary':
        return e.folded === true;
      case 'Name':
        return e.ref.kind === 'local' || e.ref.kind === 'const';
      case 'Paren':
        return this.loadedLate(e.expr);
      default:
        return false;
    }
  }

  private isMutableLocal(e: A.Expr): boolean {
    if (e.kind === 'Paren') return this.isMutableLocal(e.expr);
    return e.kind === 'Name' && e.ref.kind === 'local' && (e.ref.local.reassigned || e.ref.local.captured);
  }

  private isMulti(e: A.Expr): boolean {
    return e.kind === 'Call' || e.kind === 'MethodCall' || e.kind === 'Vararg';
  }

  /// Values of an expression list: fixed operands plus the multiple values of
  /// a last call or `...`.
  private valueList(es: A.Expr[]): { fixed: string[]; rest: Multi | null } {
    if (es.length === 0) return { fixed: [], rest: null };
    const last = es[es.length - 1];
    if (!this.isMulti(last)) return { fixed: this.listOperands(es), rest: null };
    const fixed = this.listOperands(
      es.slice(0, -1).concat([{ kind: 'Nil', line: last.line, col: last.col }]),
      es.length - 1,
    ).slice(0, -1);
    // Copy mutable locals: the last element always has steps (a call) or is `...`.
    const stableFixed = es
      .slice(0, -1)
      .map((x, i) => (last.kind !== 'Vararg' && this.isMutableLocal(x) ? this.stable(fixed[i]) : fixed[i]));
    const rest = this.multi(last);
    return { fixed: stableFixed, rest };
  }

  /// JS array expression of fixed operands followed by multiple values.
  private arrayOf(fixed: string[], rest: Multi | null): string {
    const parts = [...fixed];
    if (rest !== null) parts.push(rest.kind === 'vararg' ? '...va' : `...L.collect(${rest.first})`);
    return `[${parts.join(', ')}]`;
  }

  /// Compiles a call or `...` for all its values.
  private multi(e: A.Expr): Multi {
    if (e.kind === 'Vararg') return { kind: 'vararg' };
    return { kind: 'call', first: this.callExpr(e as A.CallExpr, 'multi') };
  }

  /// n values from an expression list, adjusted (nil padding, truncation;
  /// extra expressions are still evaluated).
  private explist(es: A.Expr[], n: number): string[] {
    const out: string[] = [];
    if (es.length === 0) {
      for (let i = 0; i < n; i++) out.push('undefined');
      return out;
    }
    const last = es[es.length - 1];
    const multiLast = this.isMulti(last) && es.length <= n;
    const head = multiLast ? es.slice(0, -1) : es;
    const ops = head.length > 0 ? this.listOperandsWithTail(head, multiLast ? last : null) : [];
    for (let i = 0; i < head.length; i++) {
      if (i < n) out.push(ops[i]);
    }
    if (multiLast) {
      const need = n - head.length;
      if (last.kind === 'Vararg') {
        for (let i = 0; i < need; i++) {
          const t = this.newTemp();
          this.js(`${t} = va[${i}];`);
          out.push(t);
        }
      } else {
        const first = this.callExpr(last as A.CallExpr, need > 1 ? 'multi' : 'single');
        out.push(first);
        for (let i = 1; i < need; i++) {
          const t = this.newTemp();
          this.js(`${t} = L.nret > ${i} ? L.ret[${i}] : undefined;`);
          out.push(t);
        }
      }
    }
    while (out.length < n) out.push('undefined');
    return out;
  }

  /// listOperands where a trailing expression (compiled later) counts as a
  /// later element.
  private listOperandsWithTail(es: A.Expr[], tail: A.Expr | null): string[] {
    if (tail === null) return this.listOperands(es);
    const ops = this.listOperands(es);
    if (tail.kind === 'Vararg') return ops;
    return ops.map((op, i) => (this.isMutableLocal(es[i]) ? this.stable(op) : op));
  }

  private table(e: A.TableExpr): string {
    this.allocs++;
    const t = this.newTemp();
    const items = e.items;
    const positional = items.filter((it) => it.kind === 'Positional');
    const keyed = items.filter((it) => it.kind !== 'Positional');
    this.trace(e.line); // NEWTABLE
    if (keyed.length === 0) {
      const es = positional.map((it) => (it as { value: A.Expr }).value);
      const { fixed, rest } = this.valueList(es);
      if (es.length > 0) this.trace(e.endLine); // SETLIST
      this.js(`${t} = tableFromArray(${this.arrayOf(fixed, rest)});`);
      return t;
    }
    this.js(
      keyed.some((it) => it.kind === 'Named') ? `${t} = LuaTable.withFields();` : `${t} = new LuaTable();`,
    );
    const pos: string[] = [];
    let rest: Multi | null = null;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      this.line = it.line;
      if (it.kind === 'Positional') {
        const isLast = i === items.length - 1;
        if (isLast && this.isMulti(it.value)) rest = this.multi(it.value);
        else {
          pos.push(this.stable(this.expr(it.value)));
          if (this.loadedLate(it.value)) this.trace(lastLine(it.value));
        }
      } else if (it.kind === 'Named') {
        const v = this.expr(it.value);
        this.trace(lastLine(it.value)); // SETFIELD
        this.js(
          `if (${v} !== undefined) ${prop(`${t}.str`, it.name)} = ${v}; else ${t}.setStr(${jsString(it.name)}, undefined);`,
        );
      } else {
        const k = this.stable(this.expr(it.key));
        const v = this.expr(it.value);
        this.trace(lastLine(it.value)); // SETTABLE
        this.js(`rawset(L, ${t}, ${k}, ${v}, ${this.site()});`);
      }
    }
    if (pos.length > 0 || rest !== null) {
      this.trace(e.endLine); // SETLIST
      this.js(`${t}.setPositional(${this.arrayOf(pos, rest)});`);
    }
    return t;
  }

  /// Compiles a call. mode: 'single' (first result), 'multi' (results in
  /// L.nret/L.ret too), 'stmt' (discarded), 'tail' (return f(...)).
  callExpr(e: A.CallExpr | A.MethodCallExpr, mode: 'single' | 'multi' | 'stmt' | 'tail'): string {
    let f: string;
    let self: string | null = null;
    let info: string;
    let namewhat: string;
    let name: string;
    const temps = this.temp;
    if (e.kind === 'MethodCall') {
      const obj = this.expr(e.obj);
      self = this.stable(obj);
      this.line = e.line;
      this.trace(lastLine(e.obj)); // SELF
      f = this.indexed(
        self,
        jsString(e.name),
        { kind: 'String', value: e.name, line: e.line, col: e.col },
        this.varinfo(e.obj),
      );
      info = ` (method '${e.name}')`;
      namewhat = 'method';
      name = e.name;
    } else {
      f = this.expr(e.fn);
      if (e.args.some((a) => this.hasSteps(a)) && this.isMutableLocal(e.fn)) f = this.stable(f);
      info = this.varinfo(e.fn);
      [namewhat, name] = this.callName(e.fn);
    }
    const { fixed, rest } = this.valueList(e.args);
    const args = self === null ? fixed : [self, ...fixed];
    this.line = e.line;
    this.trace(e.line);
    const site = this.site(info, '', namewhat, name);
    let argText = args.join(', ');
    if (rest !== null) {
      const spread = rest.kind === 'vararg' ? '...va' : `...L.collect(${rest.first})`;
      argText = argText.length > 0 ? `${argText}, ${spread}` : spread;
    }
    const r = this.newTemp();
    this.savedLine = this.line;
    const callee = /^[$\w]+$/.test(f) ? f : this.stable(f);
    this.callTemps = temps;
    // A call of something named `error` tells the builtin where it is called
    // from (LuaState.errorSite), sparing it a stack scan.
    const direct =
      e.kind !== 'MethodCall' && name === 'error'
        ? `(L.errorSite = ${site}, L.errorDepth = L.depth, L.errorFn = ${callee}, ${callee}(${argText}))`
        : `${callee}(${argText})`;
    this.susp(
      r,
      `typeof ${callee} === 'function' ? ${direct} : call(L, ${callee}, ${site}${argText ? ', ' + argText : ''})`,
      site,
      '',
      mode === 'tail',
      callee,
      { callee, args: argText },
    );
    this.callTemps = 0;
    this.lastCallee = callee;
    return r;
  }

  /// (namewhat, name) of a called expression, as funcnamefromcode.
  private callName(e: A.Expr): [string, string] {
    switch (e.kind) {
      case 'Name':
        if (e.ref.kind === 'const')
          return e.ref.value.kind === 'string' ? ['constant', e.ref.value.value] : ['', ''];
        return [e.ref.kind === 'upval' ? 'upvalue' : e.ref.kind, e.name];
      case 'Index': {
        const k = e.key;
        const kind = this.isEnv(e.obj) ? 'global' : 'field';
        if (k.kind === 'String') return [kind, k.value];
        if (k.kind === 'Int' && k.value >= 0n && k.value <= 255n) return ['field', 'integer index'];
        return [kind, '?'];
      }
      case 'String':
        return ['constant', e.value];
      case 'Paren':
        return this.callName(e.expr);
      default:
        return ['', ''];
    }
  }

  /// Creates a closure of a nested function.
  private closure(f: A.Function): string {
    this.allocs++;
    this.children.add(f.id);
    const cells = f.upvals.map((u) => (u.fromParentLocal ? this.localName(u.local!) : `U[${u.parentIndex}]`));
    return `mk${f.id}([${cells.join(', ')}])`;
  }
}

const EVENT_NAMES = [
  'add',
  'sub',
  'mul',
  'mod',
  'pow',
  'div',
  'idiv',
  'band',
  'bor',
  'bxor',
  'shl',
  'shr',
  'unm',
  'bnot',
];

const ARITH_CODES: Record<string, number> = {
  '+': 0,
  '-': 1,
  '*': 2,
  '%': 3,
  '^': 4,
  '/': 5,
  '//': 6,
  '&': 7,
  '|': 8,
  '~': 9,
  '<<': 10,
  '>>': 11,
};

/// Stack slots of a frame with n registers: V8's fixed frame part and its own
/// temporaries come on top of our registers.
export function frameCost(n: number): number {
  return 12 + n + (n >> 1);
}

/// The largest line of any node of an expression (about the line of its
/// last token).
function lastLine(e: A.Expr): number {
  let m = e.line;
  const visit = (x: A.Expr): void => {
    if (x.line > m) m = x.line;
    switch (x.kind) {
      case 'Binary':
        visit(x.left);
        visit(x.right);
        return;
      case 'Unary':
        visit(x.operand);
        return;
      case 'Index':
        visit(x.obj);
        visit(x.key);
        return;
      case 'Call':
        visit(x.fn);
        for (const a of x.args) visit(a);
        return;
      case 'MethodCall':
        visit(x.obj);
        for (const a of x.args) visit(a);
        return;
      case 'Paren':
        visit(x.expr);
        return;
      case 'Table':
        if (x.endLine > m) m = x.endLine;
        return;
      case 'Function':
        if (x.func.lastLineDefined > m) m = x.func.lastLineDefined;
        return;
      default:
        return;
    }
  };
  visit(e);
  return m;
}

/// Gotos inside a statement, not descending into nested functions.
function gotosIn(s: A.Stmt): A.GotoStmt[] {
  const out: A.GotoStmt[] = [];
  const walkBlock = (b: A.Block) => {
    for (const x of b.stmts) walk(x);
  };
  const walk = (x: A.Stmt): void => {
    switch (x.kind) {
      case 'Goto':
        out.push(x);
        return;
      case 'Do':
      case 'While':
      case 'NumericFor':
      case 'GenericFor':
        walkBlock(x.body);
        return;
      case 'Repeat':
        walkBlock(x.body);
        return;
      case 'If':
        for (const c of x.clauses) walkBlock(c.body);
        if (x.orelse !== null) walkBlock(x.orelse);
        return;
      default:
        return;
    }
  };
  walk(s);
  return out;
}
