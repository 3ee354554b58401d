// Operator precedence and associativity: each line of precedence.txt is
// "expression => the same fully parenthesised". The pairs were checked to
// compile to the same luac5.4 bytecode; the parser must build the tree the
// parenthesised form spells out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/frontend/index.js';
import { parenthesize } from './ast-tools.js';

const cases = readFileSync(join(import.meta.dirname, 'precedence.txt'), 'latin1')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => l.split(' => '));

function tree(expr: string): string {
  const stmt = parse('return ' + expr, '=expr').main.body.stmts[0];
  if (stmt.kind !== 'Return' || stmt.exprs.length !== 1) throw new Error('not one returned expression');
  return parenthesize(stmt.exprs[0]);
}

describe('precedence and associativity', () => {
  for (const [expr, expected] of cases) {
    it(expr, () => expect(tree(expr)).toBe(expected));
  }
});
