// Test helpers for the front end: a compact dump of the resolved AST (for
// snapshot files), a printer back to Lua source (for round trips), a fully
// parenthesised rendering of expressions (for precedence tests), and the
// per-function summary that `luac5.4 -l -l` also gives (lines, parameters,
// upvalues with PUC's instack/index, debug locals), to check resolution
// against the reference compiler.

import type {
  Block,
  Chunk,
  ConstValue,
  Expr,
  LocalVar,
  Function as LuaFunction,
  Stmt,
  TableItem,
  VarRef,
} from '../../src/frontend/ast.js';

// ------------------------------------------------------------------ values

/// A byte string as a Lua literal that reads back as the same bytes.
export function quoteBytes(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) out += '\\' + s[i];
    else if (c >= 32 && c < 127) out += s[i];
    else out += '\\' + String(c).padStart(3, '0');
  }
  return out + '"';
}

/// A float as a Lua numeral that reads back as the same double.
export function floatLiteral(v: number): string {
  if (v === Infinity) return '1e999';
  if (v === -Infinity) return '-1e999';
  if (Number.isNaN(v)) return '(0/0)';
  const s = String(v);
  return /[.e]/.test(s) ? s : s + '.0';
}

/// An integer as a Lua numeral (negative values, which only wrapped hex
/// literals produce, are written in hex).
export function intLiteral(v: bigint): string {
  return v >= 0n ? v.toString() : '0x' + BigInt.asUintN(64, v).toString(16);
}

function constText(v: ConstValue): string {
  switch (v.kind) {
    case 'nil':
      return 'nil';
    case 'boolean':
      return String(v.value);
    case 'int':
      return 'int(' + v.value + ')';
    case 'float':
      return 'float(' + floatLiteral(v.value) + ')';
    case 'string':
      return 'str(' + quoteBytes(v.value) + ')';
  }
}

// ------------------------------------------------------------------- dump

/// The resolved AST as text: every function with its upvalues and locals,
/// then its statements, one per line, expressions as S-expressions. With
/// `pos`, every node shows @line:col (and variables their scope lines).
export function dumpChunk(chunk: Chunk, pos = true): string {
  const d = new Dumper(pos);
  for (const fn of chunk.functions) d.fn(fn);
  return d.out.join('\n') + '\n';
}

class Dumper {
  out: string[] = [];
  constructor(private readonly pos: boolean) {}

  private at(n: { line: number; col: number }): string {
    return this.pos ? '@' + n.line + ':' + n.col : '';
  }

  private v(v: LocalVar): string {
    return v.name + '#' + v.id;
  }

  private decl(v: LocalVar): string {
    const flags: string[] = [];
    if (v.attrib) flags.push(v.attrib);
    if (v.constValue) flags.push('=' + constText(v.constValue));
    if (v.captured) flags.push('captured');
    if (v.reassigned) flags.push('reassigned');
    if (this.pos) flags.push('lines=' + v.startLine + '-' + v.endLine);
    return this.v(v) + (flags.length ? '{' + flags.join(',') + '}' : '');
  }

  private ref(r: VarRef): string {
    switch (r.kind) {
      case 'local':
        return this.v(r.local);
      case 'upval':
        return r.name + '^' + r.index;
      case 'const':
        return this.v(r.local) + '=' + constText(r.value);
      case 'global':
        return 'G.' + r.name + '{' + this.ref(r.env) + '}';
    }
  }

  fn(f: LuaFunction): void {
    const head = [`function#${f.id}`, 'parent=' + f.parentId];
    if (f.nameHint !== null) head.push('hint=' + f.nameHint);
    if (this.pos) head.push('node' + this.at(f) + ' defined=' + f.lineDefined + '-' + f.lastLineDefined);
    head.push('params=(' + f.params.map((p) => this.v(p)).join(',') + ')');
    if (f.isVararg) head.push('vararg');
    this.out.push(head.join(' '));
    const ups = f.upvals.map((u, i) => {
      let from = 'load'; // the main chunk's _ENV
      if (u.fromParentLocal) from = 'local ' + this.v(u.local!);
      else if (u.parentIndex !== undefined) from = 'up[' + u.parentIndex + ']';
      return `[${i}] ${u.name} <- ${from}`;
    });
    this.out.push('  upvals: ' + (ups.join('; ') || '-'));
    this.out.push('  locals: ' + (f.locals.map((v) => this.decl(v)).join(' ') || '-'));
    this.block(f.body, 1);
  }

  private line(depth: number, text: string): void {
    this.out.push('  '.repeat(depth) + text);
  }

  private block(b: Block, depth: number): void {
    this.line(depth, 'block' + this.at(b) + (this.pos ? ' end=' + b.endLine : ''));
    for (const s of b.stmts) this.stmt(s, depth + 1);
  }

  private exprs(es: Expr[]): string {
    return es.map((e) => this.e(e)).join(', ');
  }

  private stmt(s: Stmt, depth: number): void {
    const at = this.at(s);
    switch (s.kind) {
      case 'Local':
        this.line(depth, `local${at} ${s.vars.map((v) => this.decl(v)).join(', ')} = ${this.exprs(s.exprs)}`);
        return;
      case 'Assign':
        this.line(depth, `set${at} ${this.exprs(s.targets)} = ${this.exprs(s.exprs)}`);
        return;
      case 'CallStmt':
        this.line(depth, `callstmt${at} ${this.e(s.call)}`);
        return;
      case 'Do':
        this.line(depth, `do${at}`);
        this.block(s.body, depth + 1);
        return;
      case 'While':
        this.line(depth, `while${at} ${this.e(s.cond)}`);
        this.block(s.body, depth + 1);
        return;
      case 'Repeat':
        this.line(depth, `repeat${at}`);
        this.block(s.body, depth + 1);
        this.line(depth, `until ${this.e(s.cond)}`);
        return;
      case 'If':
        s.clauses.forEach((c, i) => {
          this.line(depth, `${i === 0 ? 'if' : 'elseif'}${this.at(c)} ${this.e(c.cond)}`);
          this.block(c.body, depth + 1);
        });
        if (s.orelse) {
          this.line(depth, 'else');
          this.block(s.orelse, depth + 1);
        }
        return;
      case 'NumericFor':
        this.line(
          depth,
          `for${at} ${this.decl(s.var)} = ${this.e(s.start)}, ${this.e(s.limit)}${s.step ? ', ' + this.e(s.step) : ''}`,
        );
        this.block(s.body, depth + 1);
        return;
      case 'GenericFor':
        this.line(
          depth,
          `forin${at} ${s.vars.map((v) => this.decl(v)).join(', ')} in ${this.exprs(s.exprs)} hidden=${s.hidden
            .map((v) => this.decl(v))
            .join(',')}`,
        );
        this.block(s.body, depth + 1);
        return;
      case 'FunctionStmt':
        this.line(
          depth,
          `function${at} ${this.e(s.target)}${s.isMethod ? ' method' : ''} = function#${s.func.id}`,
        );
        return;
      case 'LocalFunction':
        this.line(depth, `localfunction${at} ${this.decl(s.var)} = function#${s.func.id}`);
        return;
      case 'Return':
        this.line(depth, `return${at} ${this.exprs(s.exprs)}`);
        return;
      case 'Break':
        this.line(depth, `break${at}`);
        return;
      case 'Goto':
        this.line(depth, `goto${at} ${s.label} -> label${this.at(s.target)}`);
        return;
      case 'Label':
        this.line(depth, `label${at} ${s.name}`);
        return;
    }
  }

  private item(it: TableItem): string {
    const at = this.at(it);
    switch (it.kind) {
      case 'Positional':
        return this.e(it.value);
      case 'Named':
        return `${it.name}${at}=${this.e(it.value)}`;
      case 'Keyed':
        return `[${this.e(it.key)}]${at}=${this.e(it.value)}`;
    }
  }

  e(e: Expr): string {
    const at = this.at(e);
    switch (e.kind) {
      case 'Nil':
        return 'nil' + at;
      case 'True':
        return 'true' + at;
      case 'False':
        return 'false' + at;
      case 'Vararg':
        return '...' + at;
      case 'Int':
        return `int(${e.value})${at}`;
      case 'Float':
        return `float(${floatLiteral(e.value)})${at}`;
      case 'String':
        return quoteBytes(e.value) + at;
      case 'Function':
        return `function#${e.func.id}${at}`;
      case 'Table':
        return `{${at} ${e.items.map((it) => this.item(it)).join(', ')}}`;
      case 'Binary':
        return `(${e.op}${at} ${this.e(e.left)} ${this.e(e.right)})`;
      case 'Unary':
        return `(${e.op}${at} ${this.e(e.operand)})`;
      case 'Name':
        return this.ref(e.ref) + at;
      case 'Index':
        return `(index${at} ${this.e(e.obj)} ${this.e(e.key)})`;
      case 'Call':
        return `(call${at} ${this.e(e.fn)}${e.args.map((a) => ' ' + this.e(a)).join('')})`;
      case 'MethodCall':
        return `(:${e.name}${at} ${this.e(e.obj)}${e.args.map((a) => ' ' + this.e(a)).join('')})`;
      case 'Paren':
        return `(paren${at} ${this.e(e.expr)})`;
    }
  }
}

// ------------------------------------------------------ expressions alone

/// An expression fully parenthesised: every operator application in
/// parentheses, operands as their source text would show them.
export function parenthesize(e: Expr): string {
  switch (e.kind) {
    case 'Binary':
      return `(${parenthesize(e.left)} ${e.op} ${parenthesize(e.right)})`;
    case 'Unary':
      return `(${e.op}${e.op === 'not' ? ' ' : ''}${parenthesize(e.operand)})`;
    default:
      return exprToLua(e);
  }
}

// ------------------------------------------------------------- Lua printer

// Binary priorities as lparser.c's table (left, right).
// biome-ignore format: a compact table reads better
const PRIORITY: Record<string, [number, number]> = {
  '+': [10, 10], '-': [10, 10], '*': [11, 11], '%': [11, 11], '^': [14, 13], '/': [11, 11], '//': [11, 11],
  '&': [6, 6], '|': [4, 4], '~': [5, 5], '<<': [7, 7], '>>': [7, 7], '..': [9, 8],
  '==': [3, 3], '<': [3, 3], '<=': [3, 3], '~=': [3, 3], '>': [3, 3], '>=': [3, 3], and: [2, 2], or: [1, 1],
};
const UNARY_PRIORITY = 12;

/// The chunk as Lua source that parses back to the same AST (positions
/// aside). Every statement ends with ';' so that no line can continue the
/// previous one.
export function chunkToLua(chunk: Chunk): string {
  return blockToLua(chunk.main.body, 0);
}

function blockToLua(b: Block, depth: number): string {
  return b.stmts.map((s) => '  '.repeat(depth) + stmtToLua(s, depth) + '\n').join('');
}

function names(vars: LocalVar[]): string {
  return vars.map((v) => v.name + (v.attrib ? ` <${v.attrib}>` : '')).join(', ');
}

function list(es: Expr[]): string {
  return es.map((e) => exprToLua(e)).join(', ');
}

function funcBody(f: LuaFunction, skipSelf: boolean, depth: number): string {
  const params = f.params.slice(skipSelf ? 1 : 0).map((p) => p.name);
  if (f.isVararg) params.push('...');
  return `(${params.join(', ')})\n${blockToLua(f.body, depth + 1)}${'  '.repeat(depth)}end`;
}

function stmtToLua(s: Stmt, depth: number): string {
  const ind = '  '.repeat(depth);
  const body = (b: Block) => blockToLua(b, depth + 1);
  switch (s.kind) {
    case 'Local':
      return `local ${names(s.vars)}${s.exprs.length ? ' = ' + list(s.exprs) : ''};`;
    case 'Assign':
      return `${list(s.targets)} = ${list(s.exprs)};`;
    case 'CallStmt':
      return exprToLua(s.call) + ';';
    case 'Do':
      return `do\n${body(s.body)}${ind}end;`;
    case 'While':
      return `while ${exprToLua(s.cond)} do\n${body(s.body)}${ind}end;`;
    case 'Repeat':
      return `repeat\n${body(s.body)}${ind}until ${exprToLua(s.cond)};`;
    case 'If': {
      let out = '';
      s.clauses.forEach((c, i) => {
        out += `${i === 0 ? 'if' : `${ind}elseif`} ${exprToLua(c.cond)} then\n${body(c.body)}`;
      });
      if (s.orelse) out += `${ind}else\n${body(s.orelse)}`;
      return out + `${ind}end;`;
    }
    case 'NumericFor':
      return `for ${s.var.name} = ${exprToLua(s.start)}, ${exprToLua(s.limit)}${s.step ? ', ' + exprToLua(s.step) : ''} do\n${body(s.body)}${ind}end;`;
    case 'GenericFor':
      return `for ${s.vars.map((v) => v.name).join(', ')} in ${list(s.exprs)} do\n${body(s.body)}${ind}end;`;
    case 'FunctionStmt':
      return `function ${funcName(s.target, s.isMethod)}${funcBody(s.func, s.isMethod, depth)};`;
    case 'LocalFunction':
      return `local function ${s.var.name}${funcBody(s.func, false, depth)};`;
    case 'Return':
      return `return ${list(s.exprs)};`;
    case 'Break':
      return 'break;';
    case 'Goto':
      return `goto ${s.label};`;
    case 'Label':
      return `::${s.name}::;`;
  }
}

function funcName(t: Expr, isMethod: boolean): string {
  if (t.kind === 'Name') return t.name;
  if (t.kind !== 'Index' || t.key.kind !== 'String') throw new Error('bad function name');
  return funcName(t.obj, false) + (isMethod ? ':' : '.') + t.key.value;
}

/// Can this expression start a suffixed expression without parentheses?
function isPrefix(e: Expr): boolean {
  return (
    e.kind === 'Name' ||
    e.kind === 'Index' ||
    e.kind === 'Call' ||
    e.kind === 'MethodCall' ||
    e.kind === 'Paren'
  );
}

function prefixToLua(e: Expr): string {
  return isPrefix(e) ? exprToLua(e) : '(' + exprToLua(e) + ')';
}

function isName(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && !KEYWORDS.has(s);
}
const KEYWORDS = new Set(
  'and break do else elseif end false for function goto if in local nil not or repeat return then true until while'.split(
    ' ',
  ),
);

export function exprToLua(e: Expr): string {
  switch (e.kind) {
    case 'Nil':
      return 'nil';
    case 'True':
      return 'true';
    case 'False':
      return 'false';
    case 'Vararg':
      return '...';
    case 'Int':
      return intLiteral(e.value);
    case 'Float':
      return floatLiteral(e.value);
    case 'String':
      return quoteBytes(e.value);
    case 'Function':
      return 'function' + funcBody(e.func, false, 0);
    case 'Table':
      return '{' + e.items.map(itemToLua).join(', ') + '}';
    case 'Binary': {
      const [lp, rp] = PRIORITY[e.op];
      const left = operandToLua(e.left, (op) => lp <= PRIORITY[op][1], lp);
      const right = operandToLua(e.right, (op) => PRIORITY[op][0] > rp, -1);
      return `${left} ${e.op} ${right}`;
    }
    case 'Unary': {
      const inner = e.operand;
      let text = exprToLua(inner);
      if (inner.kind === 'Binary' && PRIORITY[inner.op][0] <= UNARY_PRIORITY) text = '(' + text + ')';
      return e.op === 'not' ? 'not ' + text : e.op + ' ' + text;
    }
    case 'Name':
      return e.name;
    case 'Index':
      if (e.key.kind === 'String' && isName(e.key.value)) return prefixToLua(e.obj) + '.' + e.key.value;
      return prefixToLua(e.obj) + '[' + exprToLua(e.key) + ']';
    case 'Call':
      return prefixToLua(e.fn) + '(' + list(e.args) + ')';
    case 'MethodCall':
      return prefixToLua(e.obj) + ':' + e.name + '(' + list(e.args) + ')';
    case 'Paren':
      return '(' + exprToLua(e.expr) + ')';
  }
}

/// An operand of a binary operator: a binary operand stays bare when `bare`
/// says its operator would be parsed into this position; a unary left operand
/// needs parentheses when the operator binds tighter than unary ('^').
function operandToLua(e: Expr, bare: (op: string) => boolean, parentLeft: number): string {
  const text = exprToLua(e);
  if (e.kind === 'Binary') return bare(e.op) ? text : '(' + text + ')';
  if (e.kind === 'Unary' && parentLeft > UNARY_PRIORITY) return '(' + text + ')';
  return text;
}

function itemToLua(it: TableItem): string {
  switch (it.kind) {
    case 'Positional':
      return exprToLua(it.value);
    case 'Named':
      return it.name + ' = ' + exprToLua(it.value);
    case 'Keyed':
      return '[' + exprToLua(it.key) + '] = ' + exprToLua(it.value);
  }
}

// ----------------------------------------------------- luac-style summary

/// Per function, in luac's order (pre-order, which is Chunk.functions'):
/// lines, parameters, register count (from `maxstack`, filled by parse
/// through ParseOptions.maxstack), upvalues (name, instack, index as PUC
/// numbers them) and debug locals in PUC's order (compile-time constants
/// have none; the numeric for's hidden variables do).
export function pucSummary(chunk: Chunk, maxstack: Map<LuaFunction, number>): string {
  const regs = new Map<LocalVar, number>();
  const out: string[] = [];
  for (const fn of chunk.functions) {
    const locals = debugLocals(fn, regs);
    const ups = fn.upvals.map((u) => {
      if (fn.parentId < 0) return `${u.name} 1 0`; // the main chunk's _ENV, which PUC marks "in stack"
      if (!u.fromParentLocal) return `${u.name} 0 ${u.parentIndex}`;
      return `${u.name} 1 ${u.local ? regs.get(u.local) : 0}`;
    });
    const params = `${fn.params.length}${fn.isVararg ? '+' : ''}`;
    out.push(`function ${fn.lineDefined},${fn.lastLineDefined} params ${params} slots ${maxstack.get(fn)}`);
    out.push('  upvalues: ' + ups.join('; '));
    out.push('  locals: ' + locals.join('; '));
  }
  return out.join('\n') + '\n';
}

/// Walk one function's statements as lparser.c activates locals, giving each
/// register local its register index (into `regs`) and listing debug names.
function debugLocals(fn: LuaFunction, regs: Map<LocalVar, number>): string[] {
  const names: string[] = [];
  let nreg = 0;
  const activate = (v: LocalVar | null) => {
    if (v?.constValue) return; // a compile-time constant: no register, no debug entry
    if (v) regs.set(v, nreg);
    names.push(v ? v.name : '(for state)');
    nreg++;
  };
  const block = (b: Block) => {
    const saved = nreg;
    for (const s of b.stmts) stmt(s);
    nreg = saved;
  };
  const stmt = (s: Stmt) => {
    switch (s.kind) {
      case 'Local':
        for (const v of s.vars) activate(v);
        return;
      case 'LocalFunction':
        return activate(s.var);
      case 'Do':
      case 'While':
      case 'Repeat':
        return block(s.body);
      case 'If':
        for (const c of s.clauses) block(c.body);
        if (s.orelse) block(s.orelse);
        return;
      case 'NumericFor': {
        const saved = nreg;
        for (let i = 0; i < 3; i++) activate(null);
        activate(s.var);
        block(s.body);
        nreg = saved;
        return;
      }
      case 'GenericFor': {
        const saved = nreg;
        for (const v of s.hidden) activate(v);
        for (const v of s.vars) activate(v);
        block(s.body);
        nreg = saved;
        return;
      }
    }
  };
  for (const p of fn.params) activate(p);
  block(fn.body);
  return names;
}
