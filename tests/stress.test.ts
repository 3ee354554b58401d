// Stress mode: the golden corpus again with a JavaScript stack allowance of
// 1-3 small Lua frames (so nearly every call unwinds to the heap and resumes)
// and seeded random interrupts at loop back-edges. Output must not change:
// this proves the resume paths.
//
// Every script runs at thresholds 1, 2 and 3 (about 30 s); SLUA_STRESS=quick
// runs a sample instead (every 4th script, one threshold each).

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectScripts, knownFailures, runGolden } from './golden.js';

const full = process.env.SLUA_STRESS !== 'quick';

const known = knownFailures();

describe('stress', () => {
  const scripts = collectScripts('tests/lua').filter((f) => existsSync(f.replace(/\.lua$/, '.expected')));
  scripts.forEach((file, i) => {
    const name = file.slice('tests/lua/'.length);
    if (known.has(name)) return;
    const frames = full ? [1, 2, 3] : i % 4 === 0 ? [1 + ((i / 4) % 3)] : [];
    for (const f of frames) {
      it(`${name} (frames ${f})`, async () => {
        const got = await runGolden(file, { jsFrames: f, interruptRate: 0.05, seed: 1000 + i });
        expect(got).toBe(readFileSync(file.replace(/\.lua$/, '.expected'), 'latin1'));
      });
    }
  });
});
