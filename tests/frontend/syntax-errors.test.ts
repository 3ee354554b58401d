// Syntax and compile-error goldens: every NNN-name.lua under syntax-errors/
// (exact bytes, chunk name in NNN-name.chunkname or "=input") must give the
// message lua5.4's `load` gave, recorded byte for byte in NNN-name.expected
// by scripts/regen-syntax-errors.mjs ("OK" when the chunk compiles).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LuaSyntaxError, parse } from '../../src/frontend/index.js';

const DIR = join(import.meta.dirname, 'syntax-errors');

/// What `load` would return as its message, or "OK".
function loadResult(src: Uint8Array, chunkname: string): string {
  try {
    parse(src, chunkname);
    return 'OK';
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.lua'))
  .sort()
  .map((f) => f.slice(0, -4));

describe('syntax errors match lua5.4', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(180);
  });
  for (const name of cases) {
    it(name, () => {
      const base = join(DIR, name);
      const src = readFileSync(base + '.lua');
      const chunkname = existsSync(base + '.chunkname')
        ? readFileSync(base + '.chunkname', 'latin1')
        : '=input';
      const expected = readFileSync(base + '.expected', 'latin1');
      expect(loadResult(src, chunkname) + '\n').toBe(expected);
    });
  }
});
