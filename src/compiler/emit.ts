// Prints IR (ir.ts) as JavaScript text: the direct form of a function, or its
// resume form for one suspension point. Records, for every JavaScript line it
// prints, the Lua line and the call site, so JavaScript stack traces can be
// mapped back to Lua (debug.ts).

import { containsPoint, type IR } from './ir.js';

export interface FormContext {
  /// JavaScript expression for the running closure.
  self: string;
  /// Register list, e.g. "a$1, b$2, $1" (saved in this order).
  regs: string;
  /// Expression for the varargs array ('va' or 'undefined').
  varargs: string;
  /// Print the hooked variant: line and return hook checks (debug.sethook).
  hooked?: boolean;
}

/// JavaScript text with its line map.
export class Printer {
  private lines: string[] = [];
  /// Per printed line: Lua line and site id (0 when not a call).
  readonly luaLines: number[] = [];
  readonly sites: number[] = [];
  private depth = 0;
  private flags = 0;
  /// Hooked forms: the Lua line of the last line-hook check printed.
  private hookLine = -1;

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

  private save(id: number, atTick = false): string {
    const c = this.ctx;
    // At a loop head no temporary is live: do not let the frame keep their
    // old values alive.
    const regs = atTick ? c.regs.replace(/(?<![\w$])\$\d+\b/g, 'undefined') : c.regs;
    return `return L.save(${c.self}, ${id}, [${regs}], ${c.varargs});`;
  }

  // ------------------------------------------------------------ direct

  list(nodes: IR[]): void {
    for (const n of nodes) this.node(n);
  }

  /// Hooked forms: a line event when the Lua line changes.
  private lineHook(line: number): void {
    if (!this.ctx.hooked || line === this.hookLine || line <= 0) return;
    this.hookLine = line;
    this.line(`if (L.hookmask & 4) L.lineHook(${line});`, line);
  }

  node(n: IR): void {
    if (n.k === 'js' || n.k === 'susp' || n.k === 'tick') this.lineHook(n.line);
    switch (n.k) {
      case 'js':
        for (const l of n.code.split('\n')) {
          this.line(
            this.ctx.hooked ? l.replace(/L\.depth--;/g, 'L.depth--; if (L.hookmask & 2) L.retHook();') : l,
            n.line,
          );
        }
        return;
      case 'susp': {
        const after = n.tail ? 'return SUSPEND;' : this.save(n.id);
        this.line(
          `${n.target} = ${n.expr}; if (${n.target} === SUSPEND) ${after}`,
          n.line,
          n.tail ? -n.site : n.site,
        );
        return;
      }
      case 'tick':
        // The step counter is a register: the shared budget is charged once
        // every L.chunk back-edges.
        this.line(`if (--$b < 0) { $b = L.chunk; if (L.tickLocal()) ${this.save(n.id, true)} }`, n.line);
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
        this.hookLine = -1; // a new iteration is a new line event
        this.nested(n.body);
        this.hookLine = -1;
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
        this.node({ k: 'tick', id: n.tickId, line: n.line });
        this.switchBody(n.state, n.cases, n.line);
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

  private switchBody(state: string, cases: IR[][], line: number): void {
    this.line(`switch (${state}) {`, line);
    for (let i = 0; i < cases.length; i++) {
      this.line(`case ${i}:`, line);
      this.nested(cases[i]);
    }
    this.line('}', line);
  }

  // ------------------------------------------------------------ resume

  /// Prints `nodes` entered at suspension point `id`.
  resumeList(nodes: IR[], id: number): void {
    let i = 0;
    while (i < nodes.length && !containsPoint([nodes[i]], id)) i++;
    if (i === nodes.length) throw new Error(`resume point ${id} not found`);
    this.resumeNode(nodes[i], id);
    for (i++; i < nodes.length; i++) this.node(nodes[i]);
  }

  private resumeNode(n: IR, id: number): void {
    switch (n.k) {
      case 'js':
        throw new Error('resume point inside straight-line code');
      case 'susp': {
        const v = n.conv === 'bool' ? '(v !== undefined && v !== false)' : 'v';
        this.line(`if (isThrow) throw v; ${n.target} = ${v};`, n.line);
        return;
      }
      case 'tick':
        this.line('if (isThrow) throw v;', n.line);
        return;
      case 'if':
        this.line('{', n.line);
        this.depth++;
        this.resumeList(containsPoint(n.yes, id) ? n.yes : n.no, id);
        this.depth--;
        this.line('}', n.line);
        return;
      case 'loop': {
        const f = `$first${this.flags++}`;
        this.line(`let ${f} = true;`, n.line);
        this.line(`${n.label}: for (;;) {`, n.line);
        this.depth++;
        this.line(`if (${f}) { ${f} = false;`, n.line);
        this.depth++;
        this.resumeList(n.body, id);
        this.depth--;
        this.line('} else {', n.line);
        this.nested(n.body);
        this.line('}', n.line);
        this.depth--;
        this.line('}', n.line);
        return;
      }
      case 'block':
        this.line(`${n.label}: {`, n.line);
        this.depth++;
        this.resumeList(n.body, id);
        this.depth--;
        this.line('}', n.line);
        return;
      case 'switch': {
        if (n.tickId === id) {
          this.line('if (isThrow) throw v;', n.line);
          this.node(n);
          return;
        }
        const f = `$first${this.flags++}`;
        const k = n.cases.findIndex((c) => containsPoint(c, id));
        this.line(`let ${f} = true;`, n.line);
        this.line(`${n.label}: for (;;) {`, n.line);
        this.depth++;
        this.line(`if (${f}) { ${f} = false;`, n.line);
        this.depth++;
        this.resumeList(n.cases[k], id);
        for (let j = k + 1; j < n.cases.length; j++) this.list(n.cases[j]);
        this.depth--;
        this.line('} else {', n.line);
        this.depth++;
        this.node({ k: 'tick', id: n.tickId, line: n.line });
        this.switchBody(n.state, n.cases, n.line);
        this.depth--;
        this.line('}', n.line);
        this.line('break;', n.line);
        this.depth--;
        this.line('}', n.line);
        return;
      }
      case 'try':
        if (containsPoint(n.body, id)) {
          this.line('try {', n.line);
          this.depth++;
          this.resumeList(n.body, id);
          this.depth--;
          this.line(`} catch ($e) { ${n.errVar} = $e;`, n.line);
          this.nested(n.handler);
          this.line('}', n.line);
        } else {
          this.line('{', n.line);
          this.depth++;
          this.resumeList(n.handler, id);
          this.depth--;
          this.line('}', n.line);
        }
        return;
    }
  }
}
