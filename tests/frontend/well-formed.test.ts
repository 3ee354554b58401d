// Well-formed chunks (tests/frontend/well-formed/X.lua, all accepted by
// lua5.4). For each:
// - resolution checked against the reference compiler: the per-function
//   summary (lines, parameters, register count, upvalues with
//   instack/index, debug locals) equals X.luac, recorded from
//   `luac5.4 -l -l` by scripts/regen-luac-listings.mjs;
// - the whole resolved AST (positions, locals/upvalues/globals/constants,
//   captured/reassigned flags, goto targets) matches the snapshot X.ast
//   (review changes with `npx vitest run tests/frontend -u` and git diff);
// - printing the AST back to Lua and parsing that gives the same AST.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/frontend/index.js';
import { chunkToLua, dumpChunk, pucSummary } from './ast-tools.js';

const DIR = join(import.meta.dirname, 'well-formed');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.lua'))
  .sort()
  .map((f) => f.slice(0, -4));

describe('well-formed chunks', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });
  for (const name of cases) {
    describe(name, () => {
      const base = join(DIR, name);
      const maxstack = new Map();
      const chunk = parse(readFileSync(base + '.lua'), '@' + name + '.lua', { maxstack });
      it('resolves as luac5.4 does', () => {
        expect(pucSummary(chunk, maxstack)).toBe(readFileSync(base + '.luac', 'latin1'));
      });
      it('matches its AST snapshot', async () => {
        await expect(dumpChunk(chunk)).toMatchFileSnapshot(base + '.ast');
      });
      it('round-trips through Lua source', () => {
        const again = parse(chunkToLua(chunk), '=roundtrip');
        expect(dumpChunk(again, false)).toBe(dumpChunk(chunk, false));
      });
    });
  }
});
