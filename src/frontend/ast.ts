// The abstract syntax tree of a Lua 5.4 chunk, as the parser builds it and the
// resolver annotates it.
//
// Invariants:
// - Every node has `line` (1-based) and `col` (1-based byte column of its first
//   token). Statements and expressions carry the line PUC Lua would report for
//   them (for a binary or unary operator: the line of the operator token; for
//   a call or method call: the line where its prefix expression starts, as
//   lparser.c's suffixedexp records it (`f\n(x)` reports line 1); for an
//   index: the line of the `.`, `[` or `:` token). For operators and indexes
//   `col` is the column of that same token, so `line:col` always names one
//   token. [front end: calls corrected from "the line of the opening
//   parenthesis", which is not what lua5.4 reports.]
// - Strings (identifiers and literals) are byte strings: every char code 0-255.
// - After resolution (`parse` always resolves), every `Name` has `ref` set, every
//   `Goto` has `target` set, every `Function` has `upvals`, and every
//   `LocalVar` knows whether a closure captures it.

export interface Node {
  line: number;
  col: number;
}

// ---------------------------------------------------------------- variables

/// A local variable (parameter, `local`, loop control variable, or one of the
/// hidden variables the resolver declares, whose names start with '(' as in
/// PUC Lua: '(for state)').
export interface LocalVar {
  name: string;
  /// 'const' and 'close' are the 5.4 attributes; a compile-time constant
  /// (`<const>` initialised with a literal nil/boolean/number/string) has
  /// `constValue` set and occupies no slot at run time.
  attrib: 'const' | 'close' | null;
  constValue?: ConstValue;
  /// Some closure refers to it: it lives in a shared cell.
  captured: boolean;
  /// Assigned anywhere after its declaration (besides the initialisation).
  reassigned: boolean;
  /// Index of the declaring function (its `Function.id`).
  funcId: number;
  /// Unique number within the chunk, for naming.
  id: number;
  /// Line where the variable's scope starts (debug info) and ends.
  startLine: number;
  endLine: number;
}

/// Literal values the resolver may fold a `<const>` local to.
export type ConstValue =
  | { kind: 'nil' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

/// How a function reaches one of its upvalues: from a local of the enclosing
/// function, or from an upvalue of the enclosing function. (The main chunk's
/// upvalue 0, _ENV, comes from `load`: fromParentLocal false and neither
/// `local` nor `parentIndex`.)
export interface UpvalDesc {
  name: string;
  fromParentLocal: boolean;
  /// The local variable (when fromParentLocal) ...
  local?: LocalVar;
  /// ... or the index in the parent's `upvals` list.
  parentIndex?: number;
}

/// What a `Name` resolved to. Globals are `_ENV.name`; `env` is how `_ENV` itself
/// resolved (a local named _ENV or, usually, upvalue 0 of the main chunk).
export type VarRef =
  | { kind: 'local'; local: LocalVar }
  | { kind: 'upval'; index: number; name: string }
  | { kind: 'global'; name: string; env: VarRef }
  | { kind: 'const'; local: LocalVar; value: ConstValue };

// -------------------------------------------------------------- expressions

export type Expr =
  | NilExpr
  | TrueExpr
  | FalseExpr
  | VarargExpr
  | IntExpr
  | FloatExpr
  | StringExpr
  | FunctionExpr
  | TableExpr
  | BinaryExpr
  | UnaryExpr
  | NameExpr
  | IndexExpr
  | CallExpr
  | MethodCallExpr
  | ParenExpr;

export interface NilExpr extends Node {
  kind: 'Nil';
}
export interface TrueExpr extends Node {
  kind: 'True';
}
export interface FalseExpr extends Node {
  kind: 'False';
}
export interface VarargExpr extends Node {
  kind: 'Vararg';
}
/// Integer literal; hex literals wrap around modulo 2^64 (value is the signed
/// 64-bit result); decimal literals that overflow become FloatExpr.
export interface IntExpr extends Node {
  kind: 'Int';
  value: bigint;
}
export interface FloatExpr extends Node {
  kind: 'Float';
  value: number;
}
export interface StringExpr extends Node {
  kind: 'String';
  value: string;
}
export interface FunctionExpr extends Node {
  kind: 'Function';
  func: Function;
}

export type TableItem =
  | { kind: 'Positional'; value: Expr; line: number; col: number }
  | { kind: 'Named'; name: string; value: Expr; line: number; col: number }
  | { kind: 'Keyed'; key: Expr; value: Expr; line: number; col: number };

export interface TableExpr extends Node {
  kind: 'Table';
  items: TableItem[];
  /// Line of the closing `}`.
  endLine: number;
}

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '//'
  | '%'
  | '^'
  | '..'
  | '=='
  | '~='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'and'
  | 'or'
  | '&'
  | '|'
  | '~'
  | '<<'
  | '>>';

export interface BinaryExpr extends Node {
  kind: 'Binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  /// PUC folds it to a constant (numeric operands).
  folded?: boolean;
}

export type UnaryOp = '-' | 'not' | '#' | '~';

export interface UnaryExpr extends Node {
  kind: 'Unary';
  op: UnaryOp;
  operand: Expr;
  /// PUC folds it to a constant.
  folded?: boolean;
}

export interface NameExpr extends Node {
  kind: 'Name';
  name: string;
  /// Set by the resolver.
  ref: VarRef;
}

export interface IndexExpr extends Node {
  kind: 'Index';
  obj: Expr;
  key: Expr;
}

export interface CallExpr extends Node {
  kind: 'Call';
  fn: Expr;
  args: Expr[];
}

/// `obj:name(args)`.
export interface MethodCallExpr extends Node {
  kind: 'MethodCall';
  obj: Expr;
  name: string;
  args: Expr[];
}

/// `(expr)`: truncates a multi-valued expression to one value. The parser only
/// keeps it around calls and `...` (elsewhere it is dropped).
export interface ParenExpr extends Node {
  kind: 'Paren';
  expr: Expr;
}

// --------------------------------------------------------------- statements

export type Stmt =
  | LocalStmt
  | AssignStmt
  | CallStmt
  | DoStmt
  | WhileStmt
  | RepeatStmt
  | IfStmt
  | NumericForStmt
  | GenericForStmt
  | FunctionStmt
  | LocalFunctionStmt
  | ReturnStmt
  | BreakStmt
  | GotoStmt
  | LabelStmt;

export interface Block extends Node {
  stmts: Stmt[];
  /// Line of the token that ends the block (`end`, `until`, `else`, <eof>...).
  endLine: number;
  /// Line of the block's last token (of the token before it when empty): PUC's
  /// `lastline` when the block ends, the line of a loop's closing jump.
  lastTok: number;
}

/// `local a <const>, b = e1, e2`
export interface LocalStmt extends Node {
  kind: 'Local';
  vars: LocalVar[];
  exprs: Expr[];
  /// Line of the statement's last token.
  last: number;
}

/// `a, b.c, d[e] = e1, e2, e3`; targets are NameExpr or IndexExpr.
export interface AssignStmt extends Node {
  kind: 'Assign';
  targets: (NameExpr | IndexExpr)[];
  exprs: Expr[];
  /// Line of the statement's last token.
  last: number;
}

export interface CallStmt extends Node {
  kind: 'CallStmt';
  call: CallExpr | MethodCallExpr;
}

export interface DoStmt extends Node {
  kind: 'Do';
  body: Block;
}

export interface WhileStmt extends Node {
  kind: 'While';
  cond: Expr;
  body: Block;
}

/// `repeat body until cond`: cond is in the scope of body's locals.
export interface RepeatStmt extends Node {
  kind: 'Repeat';
  body: Block;
  cond: Expr;
}

export interface IfClause {
  cond: Expr;
  body: Block;
  line: number;
  col: number;
  thenLine: number;
}

export interface IfStmt extends Node {
  kind: 'If';
  /// `if c1 then b1 elseif c2 then b2 ...`
  /// thenLine: line of `then` (where PUC tests the condition).
  clauses: IfClause[];
  orelse: Block | null;
}

/// `for v = start, limit [, step] do body end`. PUC's three hidden
/// '(for state)' variables count for the limits but are not in the AST (nor in
/// Function.locals).
export interface NumericForStmt extends Node {
  kind: 'NumericFor';
  var: LocalVar;
  start: Expr;
  limit: Expr;
  step: Expr | null;
  body: Block;
  /// Line of `do` (PUC's loop preparation).
  doLine: number;
}

/// `for v1, v2 in e1, e2 do body end`. The resolver declares the hidden
/// variables '(for state)' x4 in `hidden` (generator, state, control, closing);
/// `hidden[3]` is a to-be-closed variable.
export interface GenericForStmt extends Node {
  kind: 'GenericFor';
  vars: LocalVar[];
  exprs: Expr[];
  body: Block;
  hidden: LocalVar[];
  /// Line of `do` (PUC's loop preparation).
  doLine: number;
}

/// `function a.b.c:m(params) body end` or `function f() end`; `target` is the
/// assigned expression (a NameExpr, or an IndexExpr chain); for `:m` the
/// function has an implicit first parameter `self` and `isMethod` is true.
export interface FunctionStmt extends Node {
  kind: 'FunctionStmt';
  target: NameExpr | IndexExpr;
  isMethod: boolean;
  func: Function;
}

/// `local function f() end` (f is in scope inside its own body).
export interface LocalFunctionStmt extends Node {
  kind: 'LocalFunction';
  var: LocalVar;
  func: Function;
}

export interface ReturnStmt extends Node {
  kind: 'Return';
  exprs: Expr[];
  /// Line of the statement's last token.
  last: number;
}

export interface BreakStmt extends Node {
  kind: 'Break';
}

export interface GotoStmt extends Node {
  kind: 'Goto';
  label: string;
  /// Set by the resolver: the label this goto jumps to.
  target: LabelStmt;
}

export interface LabelStmt extends Node {
  kind: 'Label';
  name: string;
}

// ---------------------------------------------------------------- functions

/// A function prototype (the main chunk is one too: vararg, upvalue 0 is _ENV).
export interface Function extends Node {
  /// Index in `Chunk.functions` (0 is the main chunk); parents before children.
  id: number;
  params: LocalVar[];
  isVararg: boolean;
  body: Block;
  /// Line of `function` (0 for the main chunk) and of the closing `end`, as
  /// PUC records them: for `local function f()` and function expressions
  /// lineDefined is the line of the `(` that opens the parameters (lparser.c
  /// passes the line after `function`/the name); the main chunk has 0 and 0.
  lineDefined: number;
  lastLineDefined: number;
  /// Set by the resolver.
  upvals: UpvalDesc[];
  /// Enclosing function's id, or -1 for the main chunk.
  parentId: number;
  /// Name the definition suggests ('f', 'a.b.c:m'), for debugging only;
  /// PUC Lua names functions by their call sites, not definitions.
  nameHint: string | null;
  /// Every local declared in this function, in declaration order.
  locals: LocalVar[];
}

export interface Chunk {
  /// The chunk name as given to load (e.g. '=stdin', '@file.lua', or source text).
  chunkname: string;
  main: Function;
  /// All functions of the chunk, main first, indexed by Function.id.
  functions: Function[];
}
