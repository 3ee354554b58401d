// The slua command as a child process, case by case (cases.txt), compared
// with the output recorded from lua5.4 (expected/). With SLUA_CLI_RECORD=1
// the cases run under lua5.4 / luac5.4 instead and expected/ is rewritten
// (except the cases marked manual).

import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type Case,
  CLI_DIR,
  formatOutcome,
  type Interpreters,
  REFERENCE_INTERPRETERS,
  readCases,
  renameReference,
  runCase,
  SLUA_INTERPRETERS,
} from './harness.js';

const record = process.env.SLUA_CLI_RECORD === '1';
const cases = readCases();
const results = new Map<string, string>();

/// Runs every case, a few at a time (each is mostly waiting for node to start).
async function runAll(list: Case[], interp: Interpreters): Promise<void> {
  const width = Math.min(16, availableParallelism() * 2);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const c = list[next++];
      try {
        results.set(c.name, formatOutcome(await runCase(c, interp)));
      } catch (e) {
        results.set(c.name, `failed to run: ${(e as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

const expectedFile = (c: Case) => join(CLI_DIR, 'expected', `${c.name}.txt`);

describe('slua command line', () => {
  beforeAll(async () => {
    if (record)
      await runAll(
        cases.filter((c) => !c.manual),
        REFERENCE_INTERPRETERS,
      );
    else await runAll(cases, SLUA_INTERPRETERS);
  }, 120_000);

  for (const c of cases) {
    test(c.name, () => {
      const got = results.get(c.name);
      if (record) {
        if (got !== undefined) writeFileSync(expectedFile(c), renameReference(got), 'latin1');
        return;
      }
      expect(got).toBe(readFileSync(expectedFile(c), 'latin1'));
    });
  }
});
