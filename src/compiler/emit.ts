// Prints IR (ir.ts) as JavaScript text: the direct form of a function, or its
// resume form for one suspension point. Records, for every JavaScript line it
// prints, the Lua line and the call site, so JavaScript stack traces can be
// mapped back to Lua (debug.ts).
//
// Size matters: V8 does not optimize functions past a bytecode size, so:
// - a function's body sits in a block labelled `$S`; a suspension point sets
//   `$pt` and breaks out of it to the one place that saves the registers
//   (`body()` prints the frame around the statements);
// - a resume form does not duplicate the code on the path to its point: it
//   prints the function body once, with a flag `$res` that is true until the
//   point is reached: statements before the point on the path are skipped
//   while it is set, `if` conditions and `switch` dispatches on the path are
//   forced towards the point.

import { containsPoint, type HookNode, type IR, type TraceNode } from './ir.js';

export interface FormContext {
  /// JavaScript expression for the running closure.
  self: string;
  /// Register list, e.g. "a$1, b$2, $1" (saved in this order).
  regs: string;
  /// Expression for the varargs array ('va' or 'undefined').
  varargs: string;
  /// Print the hooked variant: line and return hook checks (debug.sethook).
  hooked?: boolean;
  /// The function's frame cost (what its entry added to L.depth).
  cost: number;
}

/// JavaScript text with its line map.
export class Printer {
  private lines: string[] = [];
  /// Per printed line: Lua line and site id (0 when not a call; negative for
  /// a tail call).
  readonly luaLines: number[] = [];
  readonly sites: number[] = [];
  private depth = 0;

  constructor(readonly ctx: FormContext) {}

  line(text: string, luaLine: number, site = 0): void {
    this.lines.push('  '.repeat(this.depth) + text);
    this.luaLines.push(luaLine);
    this.sites.push(site);
  }

  text(): string {
    return this.lines.join('\n');
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /// Prints the statements of a function inside the `$S` block, followed by
  /// the shared save; `resumeAt` selects the resume form for that point.
  body(nodes: IR[], line: number, resumeAt?: number): void {
    this.line(resumeAt === undefined ? 'let $pt = 0;' : 'let $pt = 0, $res = true;', line);
    this.line('$S: {', line);
    this.depth++;
    if (resumeAt === undefined) this.list(nodes);
    else this.resumeList(nodes, resumeAt, false);
    this.depth--;
    this.line('}', line);
    const c = this.ctx;
    this.line(`return L.save(${c.self}, $pt, [${c.regs}], ${c.varargs});`, line);
  }

  private suspend(id: number): string {
    return `{ $pt = ${id}; break $S; }`;
  }

  // ------------------------------------------------------------ direct

  list(nodes: IR[]): void {
    for (const n of nodes) this.node(n);
  }

  /// Hooked forms: a hook check; the hook may suspend the function.
  private hookCode(n: TraceNode | HookNode): string {
    const self = this.ctx.self;
    if (n.k === 'trace') {
      // PUC's rule (luaG_traceexec): an event on entering a new line or
      // jumping back. $ok/$ol: the last point checked and its line.
      return `if (L.hookmask & 12) { $h = ${n.pc} <= $ok || ${n.line} !== $ol; $ok = ${n.pc}; $ol = ${n.line}; if (L.lineHook(${n.line}, $h, ${self}) === SUSPEND) ${this.suspend(n.id)} }`;
    }
    if (n.ev === 'call')
      return `if (L.hookmask & 1 && L.callHook(${self}) === SUSPEND) ${this.suspend(n.id)}`;
    const notLua =
      n.tail === undefined ? '' : ` && (typeof ${n.tail} !== 'function' || ${n.tail}.P === undefined)`;
    return `if (L.hookmask & 2${notLua} && L.retHook(${self}, ${n.vals}, ${n.first}) === SUSPEND) ${this.suspend(n.id)}`;
  }

  private tickCode(id: number): string {
    // The step counter is a register: the shared budget is charged once every
    // L.chunk back-edges.
    return `if (--$b < 0) { $b = L.chunk; if (L.tickLocal()) ${this.suspend(id)} }`;
  }

  node(n: IR): void {
    switch (n.k) {
      case 'trace':
      case 'hook':
        if (this.ctx.hooked) this.line(this.hookCode(n), n.line);
        return;
      case 'js': {
        const dec = `L.depth -= ${this.ctx.cost};`;
        for (const l of n.code.split('\n')) this.line(l.replace(/L\.depth--;/g, dec), n.line);
        return;
      }
      case 'susp': {
        const after = n.tail
          ? `{ if (typeof ${n.callee} !== 'function' || (${n.callee}).P !== undefined) return L.tailSuspend(); ${this.suspend(n.id).slice(2)}`
          : this.suspend(n.id);
        const expr =
          this.ctx.hooked && n.call !== undefined
            ? `${n.tail ? '(L.tailcall = true, ' : ''}call(L, ${n.call.callee}, ${n.site}${n.call.args ? `, ${n.call.args}` : ''})${n.tail ? ')' : ''}`
            : n.expr;
        this.line(
          `${n.target} = ${expr}; if (${n.target} === SUSPEND) ${after}`,
          n.line,
          n.tail ? -n.site : n.site,
        );
        return;
      }
      case 'tick':
        this.line(this.tickCode(n.id), n.line);
        return;
      case 'if':
        this.line(`if (${n.cond}) {`, n.line);
        this.nested(n.yes);
        if (n.no.length > 0) {
          this.line('} else {', n.line);
          this.nested(n.no);
        }
        this.line('}', n.line);
        return;
      case 'loop':
        this.line(`${n.label}: for (;;) {`, n.line);
        this.nested(n.body);
        this.line('}', n.line);
        return;
      case 'block':
        this.line(`${n.label}: {`, n.line);
        this.nested(n.body);
        this.line('}', n.line);
        return;
      case 'switch':
        this.line(`${n.label}: for (;;) {`, n.line);
        this.depth++;
        this.line(this.tickCode(n.tickId), n.line);
        this.switchBody(n.state, n.cases, n.line, -1);
        this.line('break;', n.line);
        this.depth--;
        this.line('}', n.line);
        return;
      case 'try':
        this.line('try {', n.line);
        this.nested(n.body);
        this.line(`} catch ($e) { ${n.errVar} = $e;`, n.line);
        this.nested(n.handler);
        this.line('}', n.line);
        return;
    }
  }

  private nested(nodes: IR[]): void {
    this.depth++;
    this.list(nodes);
    this.depth--;
  }

  /// `switch (dispatch) { case i: ... }`; case `resumeCase` in resume mode.
  private switchBody(state: string, cases: IR[][], line: number, resumeCase: number, id = 0): void {
    this.line(`switch (${resumeCase >= 0 ? `$res ? ${resumeCase} : ${state}` : state}) {`, line);
    for (let i = 0; i < cases.length; i++) {
      this.line(`case ${i}:`, line);
      this.depth++;
      if (i === resumeCase) this.resumeList(cases[i], id, true);
      else this.list(cases[i]);
      this.depth--;
    }
    this.line('}', line);
  }

  // ------------------------------------------------------------ resume

  /// Prints `nodes`, which contain point `id`, entered there while `$res` is
  /// set. `again`: the list can run again later (it is inside a loop), so the
  /// statements before the point are kept, guarded by `$res`.
  resumeList(nodes: IR[], id: number, again: boolean): void {
    let i = 0;
    while (i < nodes.length && !containsPoint([nodes[i]], id)) i++;
    if (i === nodes.length) throw new Error(`resume point ${id} not found`);
    if (again && i > 0) {
      this.line('if (!$res) {', nodes[0].line);
      this.nested(nodes.slice(0, i));
      this.line('}', nodes[0].line);
    }
    this.resumeNode(nodes[i], id, again);
    for (i++; i < nodes.length; i++) this.node(nodes[i]);
  }

  private resumeNode(n: IR, id: number, again: boolean): void {
    switch (n.k) {
      case 'js':
        throw new Error('resume point inside straight-line code');
      case 'susp': {
        const v = n.conv === 'bool' ? '(v !== undefined && v !== false)' : 'v';
        this.line(`if ($res) { $res = false; if (isThrow) throw v; ${n.target} = ${v}; } else {`, n.line);
        this.depth++;
        if (again) this.node(n);
        this.depth--;
        this.line('}', n.line);
        return;
      }
      case 'tick':
      case 'trace':
      case 'hook':
        this.line('if ($res) { $res = false; if (isThrow) throw v; } else {', n.line);
        this.depth++;
        if (again) this.node(n);
        this.depth--;
        this.line('}', n.line);
        return;
      case 'if': {
        const inYes = containsPoint(n.yes, id);
        this.line(`if ($res ? ${inYes} : (${n.cond})) {`, n.line);
        this.depth++;
        if (inYes) this.resumeList(n.yes, id, again);
        else this.list(n.yes);
        this.depth--;
        if (n.no.length > 0) {
          this.line('} else {', n.line);
          this.depth++;
          if (!inYes) this.resumeList(n.no, id, again);
          else this.list(n.no);
          this.depth--;
        }
        this.line('}', n.line);
        return;
      }
      case 'loop':
        this.line(`${n.label}: for (;;) {`, n.line);
        this.depth++;
        this.resumeList(n.body, id, true);
        this.depth--;
        this.line('}', n.line);
        return;
      case 'block':
        this.line(`${n.label}: {`, n.line);
        this.depth++;
        this.resumeList(n.body, id, again);
        this.depth--;
        this.line('}', n.line);
        return;
      case 'switch': {
        this.line(`${n.label}: for (;;) {`, n.line);
        this.depth++;
        if (n.tickId === id) {
          this.line(
            `if ($res) { $res = false; if (isThrow) throw v; } else ${this.tickCode(n.tickId)}`,
            n.line,
          );
          this.switchBody(n.state, n.cases, n.line, -1);
        } else {
          this.line(`if (!$res) ${this.tickCode(n.tickId)}`, n.line);
          const k = n.cases.findIndex((c) => containsPoint(c, id));
          this.switchBody(n.state, n.cases, n.line, k, id);
        }
        this.line('break;', n.line);
        this.depth--;
        this.line('}', n.line);
        return;
      }
      case 'try':
        if (containsPoint(n.body, id)) {
          this.line('try {', n.line);
          this.depth++;
          this.resumeList(n.body, id, again);
          this.depth--;
          this.line(`} catch ($e) { ${n.errVar} = $e;`, n.line);
          this.nested(n.handler);
          this.line('}', n.line);
        } else {
          // Inside the handler: re-enter it without the try; if the statement
          // runs again later, it runs whole.
          this.line('if ($res) {', n.line);
          this.depth++;
          this.resumeList(n.handler, id, false);
          this.depth--;
          if (again) {
            this.line('} else {', n.line);
            this.depth++;
            this.node(n);
            this.depth--;
          }
          this.line('}', n.line);
        }
        return;
    }
  }
}
