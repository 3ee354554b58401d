// The intermediate form between the Lua AST and JavaScript text: structured
// JavaScript statements whose suspension points are explicit.
//
// The code generator (codegen.ts) lowers a Lua function to a list of IR
// nodes once; the emitter (emit.ts) prints it twice over:
// - the direct form, run by calls: each suspension point checks for SUSPEND
//   and saves the function's registers into a heap frame;
// - for a suspension point P, the resume form, run by the trampoline: it
//   restores the registers and re-enters the structured code at P, skipping
//   everything before P on the path from the function's top (re-entering
//   loops through a first-iteration flag) and running the rest as in the
//   direct form.
// All JavaScript locals of a function (parameters, Lua locals, temporaries,
// loop state) are its registers, declared once at the top, so a frame is just
// their values.

export type IR =
  | JsNode
  | SuspNode
  | TickNode
  | TraceNode
  | HookNode
  | IfNode
  | LoopNode
  | BlockNode
  | SwitchNode
  | TryNode;

/// Straight-line JavaScript; `line` is the Lua line it belongs to.
export interface JsNode {
  k: 'js';
  code: string;
  line: number;
}

/// A suspension point: `target = expr;` where expr may return SUSPEND.
/// In the direct form: `target = expr; if (target === SUSPEND) <save id>`
/// (no save in a tail call: the frame has nothing left to do). In the resume
/// form at this point: `target = <delivered value>` (passed through `conv`).
export interface SuspNode {
  k: 'susp';
  id: number;
  target: string;
  expr: string;
  /// Conversion of a raw metamethod result delivered on resumption: 'bool'
  /// for comparisons (the direct path already returns a boolean).
  conv: '' | 'bool';
  tail: boolean;
  /// For a tail call: the callee operand. Only a call to a Lua function is a
  /// real tail call (its frame is dropped); a host function called in tail
  /// position keeps the caller's frame, as in PUC Lua.
  callee?: string;
  /// For a call: the callee and argument list, so the hooked variant can
  /// route every call through `call` (host functions have hooks too).
  call?: { callee: string; args: string };
  line: number;
  /// Site id of the call (for mapping JS stack frames back to Lua).
  site: number;
}

/// Where PUC Lua would execute an instruction of Lua line `line`: the hooked
/// variant checks for a line event there (a new line, or a jump back: `pc`
/// orders the points as PUC's instructions are ordered). Prints nothing
/// in the plain forms. A suspension point: the hook runs as a call of the
/// function, which can be saved meanwhile (debug.getlocal, yields).
export interface TraceNode {
  k: 'trace';
  id: number;
  line: number;
  pc: number;
}

/// The call hook (function entry) or return hook (before a return) of the
/// hooked variant; a suspension point too. `tail`: the callee operand of a
/// tail call, whose return is the caller's only when it is not a Lua
/// function (a Lua callee replaced the caller, as in PUC Lua).
export interface HookNode {
  k: 'hook';
  id: number;
  ev: 'call' | 'ret';
  line: number;
  tail?: string;
  /// A return: JS array expression of the returned values, and the number
  /// of the first local after the active ones (debug.getinfo's ftransfer).
  vals?: string;
  first?: number;
}

/// A loop back-edge: charges the step budget; may suspend (interrupt).
export interface TickNode {
  k: 'tick';
  id: number;
  line: number;
}

export interface IfNode {
  k: 'if';
  cond: string;
  yes: IR[];
  no: IR[];
  line: number;
}

/// `label: for (;;) { body }`; Lua `break` is `break label`.
export interface LoopNode {
  k: 'loop';
  label: string;
  body: IR[];
  line: number;
}

/// `label: { body }`, the target of forward gotos (`break label`).
export interface BlockNode {
  k: 'block';
  label: string;
  body: IR[];
  line: number;
}

/// A block with labels reached by backward gotos:
/// `state = 0; label: for (;;) { switch (state) { case 0: ... case n: ... } break; }`;
/// `goto` is `state = k; continue label;`.
export interface SwitchNode {
  k: 'switch';
  label: string;
  state: string;
  cases: IR[][];
  /// Budget check at each dispatch (backward gotos loop).
  tickId: number;
  line: number;
}

/// `try { body } catch ($e) { errVar = $e; handler }`, for to-be-closed
/// variables: the handler closes and rethrows.
export interface TryNode {
  k: 'try';
  body: IR[];
  errVar: string;
  handler: IR[];
  line: number;
}

/// Which suspension points does this list contain? (id -> true)
export function containsPoint(nodes: IR[], id: number): boolean {
  for (const n of nodes) if (nodeContains(n, id)) return true;
  return false;
}

function nodeContains(n: IR, id: number): boolean {
  switch (n.k) {
    case 'js':
      return false;
    case 'susp':
    case 'tick':
    case 'trace':
    case 'hook':
      return n.id === id;
    case 'if':
      return containsPoint(n.yes, id) || containsPoint(n.no, id);
    case 'loop':
    case 'block':
      return containsPoint(n.body, id);
    case 'switch':
      return n.tickId === id || n.cases.some((c) => containsPoint(c, id));
    case 'try':
      return containsPoint(n.body, id) || containsPoint(n.handler, id);
  }
}
