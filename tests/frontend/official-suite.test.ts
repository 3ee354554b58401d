// The official Lua 5.4.4 test suite's files must parse (no false syntax
// error). Runs only where the suite is present: LUA_TESTES, or
// /work/lua-5.4.4/testes; CI has neither and skips it. When luac5.4 is
// installed too, each file's resolution is also compared with luac's listing
// (lines, parameters, register count, upvalues, debug locals of every
// function).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stripFirstLineComment } from '../../src/frontend/index.js';
import { pucSummary } from './ast-tools.js';

const DIR = process.env.LUA_TESTES ?? '/work/lua-5.4.4/testes';
const present = existsSync(DIR);
const hasLuac = present && spawnSync('luac5.4', ['-v']).status === 0;

function luaFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.lua'))
    .sort()
    .map((f) => join(dir, f));
}

const files = present ? [...luaFiles(DIR), ...luaFiles(join(DIR, 'libs'))] : [];

describe.skipIf(!present)('official test suite', () => {
  for (const file of files) {
    it(`parses ${file.slice(DIR.length + 1)}`, () => {
      parse(stripFirstLineComment(readFileSync(file)), '@' + file);
    });
    it.skipIf(!hasLuac)(`resolves ${file.slice(DIR.length + 1)} as luac5.4 does`, async () => {
      const modulePath = '../../scripts/luac-summary.mjs'; // plain JS, shared with the regen script
      const { summarize } = (await import(modulePath)) as { summarize(listing: string): string };
      const r = spawnSync('luac5.4', ['-l', '-l', '-p', file], { encoding: 'latin1', maxBuffer: 1 << 28 });
      expect(r.status).toBe(0);
      const maxstack = new Map();
      const chunk = parse(stripFirstLineComment(readFileSync(file)), '@' + file, { maxstack });
      expect(pucSummary(chunk, maxstack)).toBe(summarize(r.stdout));
    });
  }
});
