// Developer tool: runs golden scripts outside vitest and prints a diff for each
// failure. Build and run:
//   npx esbuild scripts/golden-run.ts --bundle --platform=node --format=esm --outfile=/tmp/golden-run.mjs && node /tmp/golden-run.mjs [files...]
// SLUA_STRESS=1,2,3 runs with the JS frame threshold 1..3 and random interrupts.
import { existsSync, readFileSync } from 'node:fs';
import { collectScripts, runGolden, type StressOptions } from '../tests/golden.js';

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args.flatMap((a) => (a.endsWith('.lua') ? [a] : collectScripts(a)))
    : collectScripts('tests/lua');
const stressEnv = process.env.SLUA_STRESS;
let fails = 0;
let n = 0;
for (const file of files) {
  const exp = file.replace(/\.lua$/, '.expected');
  if (!existsSync(exp)) continue;
  const expected = readFileSync(exp, 'latin1');
  const modes: (StressOptions | undefined)[] = stressEnv
    ? stressEnv.split(',').map((f, i) => ({ jsFrames: Number(f), interruptRate: 0.05, seed: 1234 + i }))
    : [undefined];
  for (const mode of modes) {
    n++;
    const t0 = performance.now();
    const got = await runGolden(file, mode);
    const ms = performance.now() - t0;
    if (got !== expected) {
      fails++;
      console.log(`FAIL ${file}${mode ? ` (frames ${mode.jsFrames})` : ''} ${ms.toFixed(0)}ms`);
      const g = got.split('\n');
      const e = expected.split('\n');
      for (let i = 0; i < Math.max(g.length, e.length); i++) {
        if (g[i] !== e[i]) {
          console.log(
            `  line ${i + 1}:\n    expected: ${JSON.stringify(e[i])}\n    got:      ${JSON.stringify(g[i])}`,
          );
          break;
        }
      }
    } else if (ms > 2000) console.log(`slow ${file} ${ms.toFixed(0)}ms`);
  }
}
console.log(`${n - fails}/${n} passed`);
