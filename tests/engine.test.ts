// Golden tests: every script under tests/lua must print what lua5.4 printed
// (recorded in the .expected beside it). Scripts listed in
// tests/lua/KNOWN_FAILURES are expected to fail until fixed.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectScripts, knownFailures, runGolden } from './golden.js';

const known = knownFailures();

describe('golden', () => {
  for (const file of collectScripts('tests/lua')) {
    const expectedFile = file.replace(/\.lua$/, '.expected');
    if (!existsSync(expectedFile)) continue;
    const name = file.slice('tests/lua/'.length);
    const run = async () => {
      const got = await runGolden(file);
      expect(got).toBe(readFileSync(expectedFile, 'latin1'));
    };
    if (known.has(name) || known.has(basename(file))) it.fails(name, run);
    else it(name, run);
  }
});
